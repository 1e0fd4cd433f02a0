import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-74',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Two 10 t NdPr oxide lots homogenised by a trader into one 20 t lot for a single tender',
  does: 'The Beijing trader buys two 10 t lots of NdPr oxide from the Baotou separator (shipped 2025-07-08 and 07-15, received the next days) and on 07-20 blends them in a rented Baotou warehouse into one homogenised 20 t lot, re-bagged in 1 t bags, because the magnet maker\'s tender asks for one lot number. Nothing is added or lost. Reported on time.',
  expect: 'Nothing: a blend whose elements are exactly the sum of its two inputs.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const ndprId = june.ndprOxide.split(':')[1]!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.ship(r.separator, 'shp-2507-bj1', at('2025-07-08'), ndprId, tonnes(10), r.trader, 'NDPR-2507-BJ1'),
      s.ship(r.separator, 'shp-2507-bj2', at('2025-07-15'), ndprId, tonnes(10), r.trader, 'NDPR-2507-BJ2'),
    ]);
    const a = r.separator.lot('NDPR-2507-BJ1');
    const b = r.separator.lot('NDPR-2507-BJ2');
    const blend = add(s.lot(a).composition, s.lot(b).composition);
    w.record(r.trader, at('2025-08-07', '10:00'), [
      s.receive(r.trader, 'rcv-2507-bj1', at('2025-07-09'), a, tonnes(10)),
      s.receive(r.trader, 'rcv-2507-bj2', at('2025-07-16'), b, tonnes(10)),
      s.process(r.trader, 'bld-2507-01', at('2025-07-20'), [{ lot: a, massGrams: tonnes(10) }, { lot: b, massGrams: tonnes(10) }], [
        { id: 'BLD-2507-01', product: 'oxide-ndpr', massGrams: tonnes(20), composition: blend },
      ], { note: 'blended in a V-mixer and re-bagged in 1 t bags for one tender lot' }),
    ]);
    return { world: w, find: {} };
  },
});
