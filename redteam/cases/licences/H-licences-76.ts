import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-76',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A 5 t dysprosium licence used across the new year: 2.4 t exported in November, 2.4 t in January',
  does: 'The Shanghai exporter holds a dual-use licence for up to 5 t REO of dysprosium oxide to Japan, valid 2025-07-01 to 2026-06-30. It buys 5 t of Dy2O3 from the Longnan separator in July 2025 (received 07-16) and exports 2.4 t on 2025-11-20 and 2.4 t on 2026-01-14, each citing the licence (4.75 t REO in all). The remaining 0.2 t stays in store. Each export is reported on the 5th of the next month.',
  expect: 'Nothing: both exports are inside the licence\'s dates, and together inside its quantity, counted over the licence\'s validity rather than over a calendar year.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const licence = w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(5), r.exporter, '2025-07', '2507-dy');
    w.record(r.exporter, at('2025-12-05', '10:00'), [
      s.export(r.exporter, 'exp-2511-dy', at('2025-11-20'), lot, tonnes(2.4), 'JP', { licence, customsDeclaration: '220120251100061204' }),
    ]);
    w.record(r.exporter, at('2026-02-05', '10:00'), [
      s.export(r.exporter, 'exp-2601-dy', at('2026-01-14'), lot, tonnes(2.4), 'JP', { licence, customsDeclaration: '220120260100003317' }),
    ]);
    return { world: w, find: {} };
  },
});
