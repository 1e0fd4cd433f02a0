import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-61',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'An export at 07:30 on 1 July, Beijing time, stamped "23:30Z, 30 June", the licence\'s last day',
  does: 'The trading house\'s dual-use licence for dysprosium oxide ran to 2025-06-30. Its 3 t of dysprosium oxide from the Longnan separator (received 06-16) missed the June vessel and clears customs at Waigaoqiao at 07:30 on 1 July, Beijing time. Its export system writes the time in UTC, "2025-06-30T23:30:00Z", and the export is filed citing the expired licence, among the June events, on 07-08. The instant is correct; on the Shanghai calendar, by which licences run, it is 1 July.',
  expect: 'An export made after the licence expired, its UTC stamp putting it on the licence\'s last day: judged on the Shanghai calendar, it needed a licence it no longer had; the export, the lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    w.licence({ id: 'RT-EXP-PJ-DY-2025A', party: r.exporter.id, activity: 'export', validFrom: '2025-04-10', validTo: '2025-06-30', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const heavy = importAndSeparateHeavy(ctx, south, '2025-06', '2506');
    const grams = tonnes(3);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.exporter, '2025-06', '2506-dy');
    w.record(r.exporter, at('2025-07-08', '11:00'), [
      s.export(r.exporter, 'exp-2506-dy', '2025-06-30T23:30:00Z', lot, grams, 'JP', { licence: 'RT-EXP-PJ-DY-2025A', customsDeclaration: '220120250700001184' }),
    ]);
    return {
      world: w,
      find: { events: [r.exporter.event('exp-2506-dy')], lots: [lot], parties: [r.exporter.id] },
    };
  },
});
