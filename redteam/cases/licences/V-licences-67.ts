import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-67',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide exported a week after MOFCOM suspended the exporter\'s dual-use licence, the licence still cited',
  does: 'The Shanghai exporter holds a dual-use licence for up to 5 t REO of dysprosium oxide, valid 2025-07-01 to 2026-06-30. On 07-15 MOFCOM suspends it pending an end-user check (the registry records the licence suspended from that day). The exporter buys 3 t of dysprosium oxide from the Longnan separator (shipped 07-15, received 07-16) and exports it to Japan on 07-22, citing the suspended licence on the declaration. July is reported on 8 August.',
  expect: 'An export of a controlled item on a licence that was suspended at the export\'s time: the export and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    w.licence({
      id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5,
      scope: { products: ['oxide-dy'], elements: ['Dy'] }, status: 'suspended', since: '2025-07-15T00:00:00+08:00',
    });
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(3), r.exporter, '2025-07', '2507-dy');
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.export(r.exporter, 'exp-2507-dy', at('2025-07-22'), lot, tonnes(3), 'JP', { licence: 'RT-EXP-PJ-DY-2025', customsDeclaration: '220120250700045511' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('exp-2507-dy')], lots: [lot], parties: [r.exporter.id] } };
  },
});
