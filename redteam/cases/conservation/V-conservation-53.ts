import { defineCase } from '../../lib/case.ts';
import { tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { phosphorMonth } from '../../lib/round19.ts';

export default defineCase({
  id: 'V-conservation-53',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Waste lamp phosphor that yields three times the terbium it held: smuggled terbium oxide passed off as recycled',
  does: 'In September 2025 the Ganzhou recycler collects 50 t of waste tri-band lamp phosphor from a Ganzhou lamp dismantler (the catalogue\'s 0.6 % Tb: some 300 kg of terbium) and runs a phosphor campaign: yttrium, europium and the lanthanum–cerium at 92 %, and 900 kg of terbium in its terbium oxide. The other 600 kg came across the Myanmar border as Tb4O7 in a lorry of mixed carbonate; tipped into the leach, they come out as recycled terbium oxide, outside every quota and with a clean origin.',
  expect: 'A recycling campaign that puts out three times the terbium its feed held: the campaign, its terbium oxide and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const run = phosphorMonth(ctx, '2025-09', '2509', 50, 0.92, tonnes(0.9));
    return { world: w, find: { events: [run.process], lots: [run.tbOxide], parties: [r.recycler.id] } };
  },
});
