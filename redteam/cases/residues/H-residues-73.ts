import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, subtract, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-73',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Beneficiation tailings booked with the quarter of the rare earths flotation left, and sent to the licensed store',
  does: 'The Dongshan miner extracts 10,000 t of run-of-mine ore (6 % REO) on 2025-07-02 and floats it on 07-06 into 900 t of 50 % concentrate (75 % recovery, DOMAIN.md\'s floor) and 9,100 t of tailings carrying the rest of the rare earths (about 1.6 % REO). It ships the tailings to the licensed Baotou store by slurry pipeline and trucks on 07-20; the store receives them on 07-25 and places them in its tailings cell on 07-27. Everyone reports on time.',
  expect: 'Nothing: every element of the ore is in the concentrate or the tailings, and the tailings reach a store licensed for them.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const oreGrams = tonnes(10_000);
    const ore = typical('ore-bayan-obo', oreGrams);
    const conc = scale(ore, 0.75);
    const concGrams = oxideMass(conc, 0.5);
    const tails = subtract(ore, conc);
    const tailGrams = oreGrams - concGrams;
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-ore', at('2025-07-02'), r.mine, { id: 'ORE-2507-01', product: 'ore-bayan-obo', massGrams: oreGrams, composition: ore }),
      s.process(r.miner, 'flt-2507-01', at('2025-07-06'), [{ lot: 'ORE-2507-01', massGrams: oreGrams }], [
        { id: 'BC-2507-FL', product: 'concentrate-bayan-obo', massGrams: concGrams, composition: conc },
        { id: 'TL-2507-01', product: 'tailings-bayan-obo', massGrams: tailGrams, composition: tails },
      ], { note: 'crushing, grinding, magnetic separation and flotation' }),
      s.ship(r.miner, 'shp-2507-tl', at('2025-07-20'), 'TL-2507-01', tailGrams, r.disposer),
    ]);
    const lot = r.miner.lot('TL-2507-01');
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-tl', at('2025-07-25'), lot, tailGrams),
      s.dispose(r.disposer, 'dsp-2507-tl', at('2025-07-27'), lot, tailGrams, 'tailings-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
