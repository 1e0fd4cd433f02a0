import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';
import { exportLicence } from '../../lib/round18.ts';
import { heavyTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-time-56',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A 3.4 t dysprosium export on a 3 t licence "corrected" to 2.9 t three months later, the other 0.5 t written off as a spill',
  does: 'The Shanghai trading house holds a dual-use licence for 3 t REO of dysprosium oxide (2025-07-01 to 09-30). It buys 3.5 t from Longnan (received 07-16) and on 07-24 exports 3.4 t to Japan citing the licence, about 3.37 t REO, reported on 08-08. On 10-20, after the licence has lapsed and MOFCOM has asked for its use report, it files a correction of the July export whose replacement is the same export of 2.9 t, "net weight keyed as gross", and books the 0.5 t that the correction puts back in its store as a count loss, "drum split in the warehouse".',
  expect: 'A late correction that shrinks a completed export to fit the licence, the difference written off: the correction, the count loss, the lot and the trading house.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const licence = exportLicence(ctx, r.exporter, 'RT-EXP-PJ-DY-2025Q3', ['Dy'], ['oxide-dy'], '2025-07-01', '2025-09-30', 3);
    const { lot } = heavyTo(ctx, 'oxide-dy', tonnes(3.5), r.exporter, '2507-dy');
    w.record(r.exporter, at('2025-08-08', '11:00'), [
      s.export(r.exporter, 'exp-2507-dy', at('2025-07-24', '16:00'), lot, tonnes(3.4), 'JP', { licence, customsDeclaration: '220120250700077120' }),
    ]);
    w.record(r.exporter, at('2025-10-20', '15:00'), [
      s.correct('cor-2507-dy', at('2025-10-20', '14:00'), 'exp-2507-dy', 'net weight keyed as gross; the container held 2.9 t',
        { id: 'cor-2507-dy', kind: 'export', time: at('2025-07-24', '16:00'), lot, massGrams: tonnes(2.9), destinationCountry: 'JP', licence, customsDeclaration: '220120250700077120' }),
      { id: 'adj-2510-dy', kind: 'adjust', time: at('2025-10-20', '14:30'), lot, deltaGrams: -tonnes(0.5), reason: 'count loss: drum split in the warehouse, swept powder discarded' },
    ]);
    return { world: w, find: { events: [r.exporter.event('cor-2507-dy'), r.exporter.event('adj-2510-dy')], lots: [lot], parties: [r.exporter.id] } };
  },
});
