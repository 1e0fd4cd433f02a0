import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-74',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Beneficiation with no tailings: 10,000 t of ore become 900 t of concentrate and 9,100 t vanish',
  does: 'The Dongshan miner extracts 10,000 t of run-of-mine ore (6 % REO) on 2025-07-02 and floats it on 07-06 into 900 t of 50 % concentrate, a 75 % recovery. It books no tailings: the 9,100 t of thorium-bearing slurry, with the quarter of the rare earths the flotation did not take, are discharged into a dry valley instead of its licensed tailings store, and a tailings lot on the books would have to be disposed of somewhere. Reported on 08-05.',
  expect: 'A beneficiation whose tailings (and the rare earths in them) appear nowhere: the flotation event and the ore lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const oreGrams = tonnes(10_000);
    const ore = typical('ore-bayan-obo', oreGrams);
    const conc = scale(ore, 0.75);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-ore', at('2025-07-02'), r.mine, { id: 'ORE-2507-01', product: 'ore-bayan-obo', massGrams: oreGrams, composition: ore }),
      s.process(r.miner, 'flt-2507-01', at('2025-07-06'), [{ lot: 'ORE-2507-01', massGrams: oreGrams }], [
        { id: 'BC-2507-FL', product: 'concentrate-bayan-obo', massGrams: oxideMass(conc, 0.5), composition: conc },
      ], { note: 'crushing, grinding, magnetic separation and flotation' }),
    ]);
    return { world: w, find: { events: [r.miner.event('flt-2507-01')], lots: [r.miner.lot('ORE-2507-01')] } };
  },
});
