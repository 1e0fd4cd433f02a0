import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

const COUNTRIES = ['JP', 'JP', 'KR', 'DE', 'JP', 'KR', 'DE', 'JP', 'KR', 'JP', 'DE', 'JP'];

export default defineCase({
  id: 'H-flows-74',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Gadolinium oxide exported in twelve 50 kg parcels to MRI-contrast makers, each under the exporter\'s licence',
  does: 'The Shanghai exporter holds a dual-use licence for 1 t REO of gadolinium oxide (from 2025-07-01) for pharmaceutical buyers in Japan, Korea and Germany, who order small, high-purity lots for MRI contrast agents. It buys 600 kg from Longnan (received 2025-07-16) and between 07-18 and 07-29 exports twelve 50 kg parcels, each citing the licence and its own customs declaration. Reported on time.',
  expect: 'Nothing: many small exports of a controlled oxide, each inside the scope, quantity and dates of a licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    w.licence({ id: 'RT-EXP-PJ-GD-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 1, scope: { products: ['oxide-gd'], elements: ['Gd'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-gd', tonnes(0.6), r.exporter, '2025-07', '2507-gd');
    w.record(r.exporter, at('2025-08-08', '11:00'), COUNTRIES.map((country, i) => s.export(r.exporter, `exp-2507-g${String(i + 1).padStart(2, '0')}`, at(`2025-07-${String(18 + i).padStart(2, '0')}`, '15:00'), lot, tonnes(0.05), country, { licence: 'RT-EXP-PJ-GD-2025', customsDeclaration: `2201202507001${String(60 + i).padStart(5, '0')}` })));
    return { world: w, find: {} };
  },
});
