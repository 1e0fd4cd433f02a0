import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-61',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'An export at 01:30 on 1 July, Beijing time, stamped "17:30Z, 30 June", the day before its licence starts',
  does: 'The trading house\'s dual-use licence for dysprosium oxide runs from 2025-07-01. Its 3 t of dysprosium oxide from the Longnan separator (received 06-16) wait at the bonded gate, and the export clears at 01:30 on 1 July, Beijing time, on the first night of the licence. Its export system writes UTC, "2025-06-30T17:30:00Z". It reports the export with July, on 08-06, citing the licence.',
  expect: 'Nothing: on the Shanghai calendar, by which licences run, the export was made on 1 July, inside the licence; the UTC date of the stamp is not the export\'s date, and the report of July is on time.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const heavy = importAndSeparateHeavy(ctx, south, '2025-06', '2506');
    const grams = tonnes(3);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.exporter, '2025-06', '2506-dy');
    w.record(r.exporter, at('2025-08-06', '10:00'), [
      s.export(r.exporter, 'exp-2507-dy', '2025-06-30T17:30:00Z', lot, grams, 'JP', { licence: 'RT-EXP-PJ-DY-2025', customsDeclaration: '220120250700000212' }),
    ]);
    return { world: w, find: {} };
  },
});
