import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-76',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'An export shut out at the port, voided by a correction the next day and shipped a week later on the same licence',
  does: 'The Shanghai exporter holds a dual-use licence for 3 t REO of dysprosium oxide to Japan (valid 2025-07-01 to 2026-06-30) and files its exports the day they clear. It exports 2.9 t of Dy2O3 bought from the Longnan separator on 2025-08-12, filed that evening; the vessel is overbooked and the container is shut out at Yangshan, so on 08-13 customs withdraws the declaration and the exporter voids the export by a correction that evening. The container sails on 08-20 under a new declaration, citing the same licence, and the export is reported on 09-05.',
  expect: 'Nothing: a correction made the next day, while the goods were still on the quay, and one export in the end, inside the licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const licence = w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 3, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(3), r.exporter, '2025-07', '2507-dy');
    const grams = tonnes(2.9);
    w.record(r.exporter, at('2025-08-12', '18:00'), [
      s.export(r.exporter, 'exp-2508-dy', at('2025-08-12', '11:00'), lot, grams, 'JP', { licence, customsDeclaration: '220120250800061101' }),
    ]);
    w.record(r.exporter, at('2025-08-13', '18:00'), [
      s.correct('cor-2508-01', at('2025-08-13', '17:00'), 'exp-2508-dy', 'container shut out at Yangshan (vessel overbooked); customs declaration withdrawn'),
    ]);
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      { id: 'exp-2508-dy2', kind: 'export', time: at('2025-08-20', '11:00'), lot, massGrams: grams, destinationCountry: 'JP', licence, customsDeclaration: '220120250800064472' },
    ]);
    return { world: w, find: {} };
  },
});
