import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';
import { exportLicence } from '../../lib/round18.ts';
import { heavyTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-conservation-58',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Three licensed terbium oxide exports, each preceded by an 18 kg "customs sample" written off: 6 % of every shipment',
  does: 'The Shanghai trading house holds a dual-use licence for 1 t REO of terbium oxide to Japan. It buys 0.9 t from Longnan (received 2025-07-16) and exports it in three 280 kg consignments on 07-21, 07-28 and 08-04, citing the licence. Before each it books a stock loss of 18 kg, "sample drawn by customs for inspection". Customs draws grams, not a sixteenth of a consignment; the 54 kg travelled undeclared in the same containers, outside the licence\'s tally.',
  expect: 'Losses of a controlled oxide far beyond any sampling, each just before an export: the three write-offs, the lot and the trading house.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const licence = exportLicence(ctx, r.exporter, 'RT-EXP-PJ-TB-2025J', ['Tb'], ['oxide-tb'], '2025-07-01', '2026-06-30', 1);
    const { lot } = heavyTo(ctx, 'oxide-tb', tonnes(0.9), r.exporter, '2507-tb');
    const each = 280_000;
    const loss = 18_000;
    const july = [];
    for (const [i, day] of ['2025-07-21', '2025-07-28'].entries()) {
      july.push(s.adjust(r.exporter, `adj-2507-tb${i + 1}`, at(day, '09:00'), lot, -loss, 'sample drawn by customs for inspection'));
      july.push(s.export(r.exporter, `exp-2507-tb${i + 1}`, at(day, '16:00'), lot, each, 'JP', { licence, customsDeclaration: `2201202507000${81100 + i}` }));
    }
    w.record(r.exporter, at('2025-08-08', '11:00'), july);
    w.record(r.exporter, at('2025-09-08', '11:00'), [
      s.adjust(r.exporter, 'adj-2508-tb3', at('2025-08-04', '09:00'), lot, -loss, 'sample drawn by customs for inspection'),
      s.export(r.exporter, 'exp-2508-tb3', at('2025-08-04', '16:00'), lot, each, 'JP', { licence, customsDeclaration: '220120250800081102' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('adj-2507-tb1'), r.exporter.event('adj-2507-tb2'), r.exporter.event('adj-2508-tb3')], lots: [lot], parties: [r.exporter.id] } };
  },
});
