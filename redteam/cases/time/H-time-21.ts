import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-21',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A licensed dysprosium export, the licence revoked ten days later',
  does: 'The Shanghai trading house exports 2 t of dysprosium oxide to Japan on 2025-08-20 under its dual-use licence (valid 2025-07-01 to 2026-06-30, 5 t REO). On 2025-09-01 MOFCOM revokes the licence over an unrelated end-user dispute; the registry dates the revocation. The house reports its August export on 2025-09-05, after the revocation, and exports nothing more.',
  expect: 'Nothing: the export was licensed on the day it was made; a later revocation does not reach back, and the report is a duty.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] }, status: 'revoked', since: '2025-09-01T00:00:00+08:00' });
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(2), r.exporter, '2025-07', '2507-dy');
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      s.export(r.exporter, 'exp-2508-dy', at('2025-08-20'), lot, tonnes(2), 'JP', { licence, customsDeclaration: '220120250800052701' }),
    ]);
    return { world: w, find: {} };
  },
});
