import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-01',
  family: 'licences',
  violation: false,
  heldOut: false,
  title: 'A licensed export of dysprosium oxide',
  does: 'The exporter holds a dual-use licence for up to 5 t REO of dysprosium oxide to Japan, valid from 2025-07-01. It buys 3 t from the Longnan separator and exports them on 2025-07-22 citing the licence.',
  expect: 'Nothing: a controlled element, exported inside the scope, quantity and dates of a valid licence held by the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(3), r.exporter, '2025-07', '2507-dy');
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.export(r.exporter, 'exp-2507-dy', at('2025-07-22'), lot, tonnes(3), 'JP', { licence: 'RT-EXP-PJ-DY-2025', customsDeclaration: '220120250700045511' }),
    ]);
    return { world: w, find: {} };
  },
});
