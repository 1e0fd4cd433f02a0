import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

const COUNTRIES = ['US', 'DE', 'JP', 'KR', 'NL', 'FR', 'US', 'GB', 'IT', 'US', 'CA', 'US'];

export default defineCase({
  id: 'V-flows-75',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Gadolinium oxide sent abroad without a licence as twelve 50 kg "free samples"',
  does: 'The Shanghai exporter buys 600 kg of gadolinium oxide from Longnan (received 2025-07-16) and between 07-18 and 07-29 sends it abroad in twelve 50 kg air-freight parcels to "prospective customers" in the United States, Germany, Japan and elsewhere, each declared as a free sample with no commercial value and no licence cited. Gadolinium oxide needs a dual-use licence since 2025-04-04 whatever the quantity or price; the "samples" are the whole lot, sold. Reported on time.',
  expect: 'Exports of a controlled oxide without a licence, split into small parcels: the exports and the lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const lot = sellOxide(ctx, south, heavy, 'oxide-gd', tonnes(0.6), r.exporter, '2025-07', '2507-gd');
    const events = COUNTRIES.map((country, i) => s.export(r.exporter, `smp-2507-${String(i + 1).padStart(2, '0')}`, at(`2025-07-${String(18 + i).padStart(2, '0')}`, '15:00'), lot, tonnes(0.05), country, { customsDeclaration: `2201202507001${String(40 + i).padStart(5, '0')}`, note: 'free sample, no commercial value' }));
    w.record(r.exporter, at('2025-08-08', '11:00'), events);
    return { world: w, find: { lots: [lot], events: COUNTRIES.map((_, i) => r.exporter.event(`smp-2507-${String(i + 1).padStart(2, '0')}`)) } };
  },
});
