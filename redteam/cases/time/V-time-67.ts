import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-67',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide exported after its licence ended, dated two days before the exporter even received it',
  does: 'The Shanghai exporter\'s dual-use licence for dysprosium oxide runs from 2025-07-01 to 07-14. It buys 3 t from the Longnan separator (shipped 07-15, received 07-16) and exports it to Japan on 07-22, but dates the export 07-14, the licence\'s last day, citing the licence. Its own receipt of the lot is dated 07-16. July is reported on 8 August.',
  expect: 'An export dated before the exporter held the lot, backdated into its licence: the export and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2025-07-14', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(3), r.exporter, '2025-07', '2507-dy');
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.export(r.exporter, 'exp-2507-dy', at('2025-07-14', '16:00'), lot, tonnes(3), 'JP', { licence: 'RT-EXP-PJ-DY-2025', customsDeclaration: '220120250700045511' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('exp-2507-dy')], lots: [lot], parties: [r.exporter.id] } };
  },
});
