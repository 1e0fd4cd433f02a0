import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-67',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Dysprosium oxide received at 08:00 and exported at 17:00 on the last day of the exporter\'s licence',
  does: 'The Shanghai exporter\'s dual-use licence for dysprosium oxide runs from 2025-07-01 to 07-16. It buys 3 t from the Longnan separator, trucked overnight to its bonded warehouse at Waigaoqiao (shipped 07-15, received 08:00 on 07-16), and the same day, with the declaration lodged in advance, the container clears customs at 17:00 for Japan, citing the licence. July is reported on 8 August, after the licence ended.',
  expect: 'Nothing: the lot is received before it is exported, and the export falls inside the licence\'s dates and quantity.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2025-07-16', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(3), r.exporter, '2025-07', '2507-dy');
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.export(r.exporter, 'exp-2507-dy', at('2025-07-16', '17:00'), lot, tonnes(3), 'JP', { licence: 'RT-EXP-PJ-DY-2025', customsDeclaration: '220120250700045511' }),
    ]);
    return { world: w, find: {} };
  },
});
