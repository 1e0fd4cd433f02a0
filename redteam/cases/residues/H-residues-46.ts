import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, subtract, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-46',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: '4,500 t of lean flotation tailings from the mine\'s own mill sent to the licensed store, far heavier than the concentrate they came with',
  does: 'The Bayan Obo miner runs 5,000 t of run-of-mine ore (6 % REO) through its mill on 2025-07-14, recovering 75 % of the rare earths (DOMAIN.md\'s beneficiation floor) into 450 t of 50 % concentrate. The 4,550 t of tailings, about 1.6 % REO (leaner than the old Bayan Obo dam\'s tailings, which came from mills recovering far less; an estimate), go by conveyor and truck to the licensed Baotou residue store, whose licence covers Bayan Obo tailings, from 07-18; the store receives and stores them on 07-19/20.',
  expect: 'Nothing: tailings are ten times the concentrate by mass, as beneficiation makes them, and they reach a licensed store whose scope covers them.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const ore = typical('ore-bayan-obo', tonnes(5_000));
    const conc = scale(ore, 0.75);
    const tails = subtract(ore, conc);
    const concMass = oxideMass(conc, 0.5);
    const tailsMass = tonnes(5_000) - concMass;
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-ore', at('2025-07-12'), r.mine, { id: 'ORE-2507-01', product: 'ore-bayan-obo', massGrams: tonnes(5_000), composition: ore }),
      s.process(r.miner, 'ben-2507-01', at('2025-07-14'), [{ lot: 'ORE-2507-01', massGrams: tonnes(5_000) }], [
        { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: concMass, composition: conc },
        { id: 'TL-2507-01', product: 'tailings-bayan-obo', massGrams: tailsMass, composition: tails },
      ], { facility: r.mine, note: 'magnetic separation and flotation' }),
      s.ship(r.miner, 'shp-2507-tl', at('2025-07-18'), 'TL-2507-01', tailsMass, r.disposer, undefined, 'conveyor and dump trucks'),
    ]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-tl', at('2025-07-19'), r.miner.lot('TL-2507-01'), tailsMass),
      s.dispose(r.disposer, 'dsp-2507-tl', at('2025-07-20'), r.miner.lot('TL-2507-01'), tailsMass, 'tailings-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
