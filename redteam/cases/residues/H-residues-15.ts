// Estimates (not in shared/DOMAIN.md): Mianning run-of-mine ore at 3 % REO and concentrate at 50 %
// (the catalogue's); 78 % of the REO into concentrate (the 2016 conditions ask ≥ 75 %).
import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, subtract, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mianning, on } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-residues-15',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Mianning concentrator sends 19,000 t of flotation tailings carrying 130 t of REO to its own licensed dam',
  does: 'A Mianning bastnaesite miner mines 20,000 t of ore (3 % REO, 600 t REO) on 2025-07-03 and floats it on 07-15: 78 % of the REO goes into 936 t of concentrate at 50 %, kept on its stockpile for the group\'s sale contract, and the rest, some 132 t REO in 19,064 t of tailings at 0.7 % REO, is pumped the next day to the mine\'s own tailings dam, which holds a disposal licence for bastnaesite tailings. It reports July on 08-05.',
  expect: 'Nothing: tailings leaner than the ore, from a beneficiation above the recovery floor, placed in a licensed dam the day after they were made.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const mn = mianning(ctx);
    const oreGrams = tonnes(20_000);
    const ore = typical('ore-mianning-bastnaesite', oreGrams);
    const conc = scale(ore, 0.78);
    const tail = subtract(ore, conc);
    const concGrams = Math.round(reo(conc) / 0.5);
    const tailGrams = oreGrams - concGrams;
    w.record(mn.party, on('2025-08-05'), [
      s.extract(mn.party, 'ext-2507-01', at('2025-07-03'), mn.mine, { id: 'MN-2507-ORE', product: 'ore-mianning-bastnaesite', massGrams: oreGrams, composition: ore }),
      s.process(mn.party, 'ben-2507-01', at('2025-07-15'), [{ lot: 'MN-2507-ORE', massGrams: oreGrams }], [
        { id: 'MN-2507-CON', product: 'concentrate-mianning', massGrams: concGrams, composition: conc },
        { id: 'MN-2507-TL', product: 'tailings-bastnaesite', massGrams: tailGrams, composition: tail },
      ], { facility: mn.concentrator, note: 'crushing, gravity and flotation' }),
      s.dispose(mn.party, 'dsp-2507-tl', at('2025-07-16'), 'MN-2507-TL', tailGrams, 'tailings-storage', mn.dam),
    ]);
    return { world: w, find: {} };
  },
});
