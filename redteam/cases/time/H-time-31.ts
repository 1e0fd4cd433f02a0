import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-31',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A customs declaration number corrected after the export licence was revoked',
  does: 'The Shanghai trading house exports 2 t of dysprosium oxide to Japan on 2025-08-20 under its dual-use licence (2025-07-01 to 2026-06-30, 5 t REO) and reports it on 09-05. MOFCOM revokes the licence with effect from 2025-09-01 over an unrelated end-user dispute; the registry dates the revocation. Reconciling with customs on 09-12, the house finds two digits of the declaration number transposed, and files a correction: same lot, mass, country, licence and time (08-20), the declaration number as customs issued it.',
  expect: 'Nothing: the corrected export is the same export, made on 08-20 under a licence valid that day; a correction is judged by its replacement\'s time, and fixing a clerical error after a licence ends neither makes the export illegal nor extends the licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({
      id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5,
      scope: { products: ['oxide-dy'], elements: ['Dy'] }, status: 'revoked', since: '2025-09-01T00:00:00+08:00',
    });
    const grams = tonnes(2);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.exporter, '2025-07', '2507-dy');
    w.record(r.exporter, at('2025-09-05', '10:00'), [s.export(r.exporter, 'exp-2508-dy', at('2025-08-20'), lot, grams, 'JP', { licence, customsDeclaration: '220120250800047351' })]);
    w.record(r.exporter, at('2025-09-12', '16:00'), [
      s.correct('cor-2509-01', at('2025-09-12', '15:00'), 'exp-2508-dy', 'declaration number keyed with two digits transposed; customs record 220120250800047315', {
        id: 'cor-2509-01', kind: 'export', time: at('2025-08-20'), lot, massGrams: grams, destinationCountry: 'JP', licence, customsDeclaration: '220120250800047315',
      }),
    ]);
    return { world: w, find: {} };
  },
});
