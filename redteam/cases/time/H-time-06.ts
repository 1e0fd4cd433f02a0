import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-06',
  family: 'time',
  violation: false,
  heldOut: false,
  title: 'An export in the first half hour of its licence, Beijing time',
  does: 'The exporter\'s dual-use licence for dysprosium oxide is valid from 2025-08-01. The 2 t consignment clears customs at 00:30 on 2025-08-01, Asia/Shanghai: 16:30 UTC on 2025-07-31.',
  expect: 'Nothing: licence dates are Shanghai calendar dates; the export was on the licence\'s first day.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-08-01', validTo: '2026-07-31', capacityTonnesReo: 3, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(2), r.exporter, '2025-07', '2507-dy');
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      s.export(r.exporter, 'exp-2508-dy', at('2025-08-01', '00:30'), lot, tonnes(2), 'JP', { licence: 'RT-EXP-PJ-DY-2025', customsDeclaration: '220120250800000017' }),
    ]);
    return { world: w, find: {} };
  },
});
