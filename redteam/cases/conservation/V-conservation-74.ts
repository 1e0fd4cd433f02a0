import { defineCase } from '../../lib/case.ts';
import { add, at, oxideMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-74',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Two 10 t NdPr oxide lots "homogenised" by a trader into one 26 t lot',
  does: 'The Beijing trader buys two 10 t lots of NdPr oxide from the Baotou separator (shipped 2025-07-08 and 07-15, received the next days). On 07-20 it books a blending of both in its rented Baotou warehouse into one homogenised lot for a magnet maker\'s tender, and writes the blend at 26 t of 99 % oxide with the praseodymium and neodymium to match: 6 t of smuggled NdPr oxide bought for cash ride in on the blend. Everything is reported on time (08-06 and 08-07).',
  expect: 'A blend holding 30 % more praseodymium and neodymium than the two lots fed to it: the blending process and the blend lot.',
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
    const blend = scale(add(s.lot(a).composition, s.lot(b).composition), 1.3);
    w.record(r.trader, at('2025-08-07', '10:00'), [
      s.receive(r.trader, 'rcv-2507-bj1', at('2025-07-09'), a, tonnes(10)),
      s.receive(r.trader, 'rcv-2507-bj2', at('2025-07-16'), b, tonnes(10)),
      s.process(r.trader, 'bld-2507-01', at('2025-07-20'), [{ lot: a, massGrams: tonnes(10) }, { lot: b, massGrams: tonnes(10) }], [
        { id: 'BLD-2507-01', product: 'oxide-ndpr', massGrams: Math.max(tonnes(26), oxideMass(blend)), composition: blend },
      ], { note: 'blended and re-bagged in 1 t bags for one tender' }),
    ]);
    return { world: w, find: { events: [r.trader.event('bld-2507-01')], lots: [r.trader.lot('BLD-2507-01')] } };
  },
});
