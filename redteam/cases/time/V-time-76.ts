import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-76',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A licensed export "cancelled" by a correction seven weeks after it sailed, and the same licence used again for the "returned" oxide',
  does: 'The Shanghai exporter holds a dual-use licence for 3 t REO of dysprosium oxide to Japan (valid 2025-07-01 to 2026-06-30). It buys 5 t of Dy2O3 from the Longnan separator (received 07-16) and exports 2.9 t on 07-22 citing the licence, reported on 08-08. On 09-15, long after the reporting deadline, it records a correction voiding that export, "customs declaration withdrawn: the container was shut out at Yangshan", which puts the 2.9 t back in its books and the licence back to unused; on 09-20 it exports 2.9 t again under the same licence. The July container had sailed: 5.8 t went to Japan on a 3 t licence, and the remaining 2.1 t of its books exist only on paper.',
  expect: 'A late correction that voids a completed export, followed by a second export of the same quantity on the same licence: the correction, the second export and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const licence = w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 3, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(5), r.exporter, '2025-07', '2507-dy');
    const grams = tonnes(2.9);
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.export(r.exporter, 'exp-2507-dy', at('2025-07-22'), lot, grams, 'JP', { licence, customsDeclaration: '220120250700045511' }),
    ]);
    w.record(r.exporter, at('2025-09-15', '16:00'), [
      s.correct('cor-2509-01', at('2025-09-15', '15:00'), 'exp-2507-dy', 'customs declaration withdrawn: the container was shut out at Yangshan and never sailed'),
    ]);
    w.record(r.exporter, at('2025-10-08', '10:00'), [
      { id: 'exp-2509-dy', kind: 'export', time: at('2025-09-20'), lot, massGrams: grams, destinationCountry: 'JP', licence, customsDeclaration: '220120250900052277' },
    ]);
    return {
      world: w,
      find: { events: [r.exporter.event('cor-2509-01'), r.exporter.event('exp-2509-dy')], lots: [lot], parties: [r.exporter.id] },
    };
  },
});
