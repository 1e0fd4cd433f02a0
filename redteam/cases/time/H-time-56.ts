import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';
import { exportLicence } from '../../lib/round18.ts';
import { heavyTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'H-time-56',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A licensed dysprosium export entered the next morning, its mass corrected by 14 kg to the customs weight before the month is reported',
  does: 'The Shanghai trading house holds a dual-use licence for 3 t REO of dysprosium oxide (2025-07-01 to 2026-06-30). It buys 2.6 t from Longnan (received 2025-07-16, reported with July) and exports 2.45 t to Japan on 08-12, entering the export the next morning from its packing list. The customs release of 08-17 gives a net weight of 2.436 t (drum liners had been weighed in); on 08-18 it files a correction whose replacement is the same export at 2.436 t; its August report is those two documents.',
  expect: 'Nothing: a small correction made within days, before the deadline, to the customs weight, inside the licence either way.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const licence = exportLicence(ctx, r.exporter, 'RT-EXP-PJ-DY-2025B', ['Dy'], ['oxide-dy'], '2025-07-01', '2026-06-30', 3);
    const { lot } = heavyTo(ctx, 'oxide-dy', tonnes(2.6), r.exporter, '2507-dy');
    w.record(r.exporter, at('2025-08-13', '09:00'), [
      s.export(r.exporter, 'exp-2508-dy', at('2025-08-12', '16:00'), lot, tonnes(2.45), 'JP', { licence, customsDeclaration: '220120250800077120' }),
    ]);
    w.record(r.exporter, at('2025-08-18', '10:00'), [
      s.correct('cor-2508-dy', at('2025-08-18', '09:30'), 'exp-2508-dy', 'customs release: net weight 2,436 kg, drum liners weighed in on the packing list',
        { id: 'cor-2508-dy', kind: 'export', time: at('2025-08-12', '16:00'), lot, massGrams: 2_436_000, destinationCountry: 'JP', licence, customsDeclaration: '220120250800077120' }),
    ]);
    return { world: w, find: {} };
  },
});
