import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-01',
  family: 'flows',
  violation: false,
  heldOut: false,
  title: 'Oxide through two traders to a magnet maker',
  does: 'The separator sells 20 t of NdPr oxide to the Beijing trader, which sells it to the Shanghai trading house, which sells it to the Ningbo magnet maker. Three legs in three weeks, each received in full.',
  expect: 'Nothing: a chain of traders that never returns to a holder is ordinary trade.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const lot = r.separator.lot('SEP-2506-NDPR-C1');
    const grams = tonnes(20);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-c1', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.trader, 'SEP-2506-NDPR-C1')]);
    w.record(r.trader, at('2025-08-07', '10:00'), [
      s.receive(r.trader, 'rcv-2507-c1', at('2025-07-03'), lot, grams),
      s.ship(r.trader, 'shp-2507-c1', at('2025-07-09'), lot, grams, r.exporter),
    ]);
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-c1', at('2025-07-11'), lot, grams),
      s.ship(r.exporter, 'shp-2507-c1', at('2025-07-18'), lot, grams, r.magnets),
    ]);
    w.record(r.magnets, at('2025-08-09', '10:00'), [s.receive(r.magnets, 'rcv-2507-c1', at('2025-07-21'), lot, grams)]);
    return { world: w, find: {} };
  },
});
