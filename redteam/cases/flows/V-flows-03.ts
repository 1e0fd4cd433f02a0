import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-03',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'A round trip hidden by a repack under a new lot id',
  does: 'The separator sells 20 t of NdPr oxide to the Beijing trader; the trader "repacks" it into new drums under a lot id of its own (same product, same composition) and sells it back to the separator, which sells it to the smelter as if fresh: the same oxide is counted as sold twice.',
  expect: 'Material returning to the party it came from through a repack; the repacked lot, the trader and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-t1', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.trader, 'SEP-2506-NDPR-T1')]);
    const bought = r.separator.lot('SEP-2506-NDPR-T1');
    const composition = s.lot(bought).composition;
    w.record(r.trader, at('2025-08-07', '10:00'), [
      s.receive(r.trader, 'rcv-2507-t1', at('2025-07-03'), bought, grams),
      s.process(r.trader, 'pak-2507-t1', at('2025-07-06'), [{ lot: bought, massGrams: grams }], [{ id: 'ZGC-2507-017', product: 'oxide-ndpr', massGrams: grams, composition: { ...composition } }], { note: 'repacked into 1 t bags' }),
      s.ship(r.trader, 'shp-2507-t1', at('2025-07-10'), 'ZGC-2507-017', grams, r.separator),
    ]);
    const repacked = r.trader.lot('ZGC-2507-017');
    w.record(r.separator, at('2025-08-08', '10:00'), [
      s.receive(r.separator, 'rcv-2507-t1', at('2025-07-12'), repacked, grams),
      s.ship(r.separator, 'shp-2507-t2', at('2025-07-15'), repacked, grams, r.smelter),
    ]);
    w.record(r.smelter, at('2025-08-09', '10:00'), [s.receive(r.smelter, 'rcv-2507-t2', at('2025-07-16'), repacked, grams)]);
    return { world: w, find: { lots: [repacked, bought], parties: [r.trader.id, r.separator.id] } };
  },
});
