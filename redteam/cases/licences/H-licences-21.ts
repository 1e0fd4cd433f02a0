import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-21',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A heavy rare earth concentrate exported under a licence naming each controlled element',
  does: 'The Shanghai trading house buys 2 t of the Baotou separator\'s heavy rare earth enriched oxide (the Tb, Dy and Y of the June Bayan Obo feed, 95 % REO) and exports it to Japan on 2025-08-20. Its dual-use licence, valid 2025-08-01 to 2026-07-31 for up to 3 t REO, names the product (heavy rare earth enriched oxide) and each controlled element the lot carries: Tb, Dy and Y.',
  expect: 'Nothing: a mixed product carrying controlled elements, exported under a valid licence of the exporter whose scope names the product and every controlled element in it, within its quantity (1.9 t REO of 3 t).',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const licence = w.licence({ id: 'RT-EXP-PJ-HRE-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-08-01', validTo: '2026-07-31', capacityTonnesReo: 3, scope: { products: ['mixed-oxide-heavy'], elements: ['Tb', 'Dy', 'Y'] } });
    const grams = tonnes(2);
    const lot = r.separator.lot('SEP-2506-HRE-X1');
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-hre', at('2025-07-28'), 'SEP-2506-HRE', grams, r.exporter, 'SEP-2506-HRE-X1')]);
    w.record(r.exporter, at('2025-08-07', '10:00'), [s.receive(r.exporter, 'rcv-2507-hre', at('2025-07-30'), lot, grams)]);
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      s.export(r.exporter, 'exp-2508-hre', at('2025-08-20'), lot, grams, 'JP', { licence, customsDeclaration: '220120250800061370' }),
    ]);
    return { world: w, find: {} };
  },
});
