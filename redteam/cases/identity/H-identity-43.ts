import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { landfillResidue, leachGroups } from '../../lib/round21.ts';

export default defineCase({
  id: 'H-identity-43',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Spent NiMH cells from early hybrids whose lanthanum-rich mischmetal holds no neodymium at all',
  does: 'The Ganzhou recycler collects 200 t of NiMH modules from a fleet of retired early-model hybrid taxis on 2025-07-03. Their negative electrodes were made with a lanthanum-rich mischmetal (La 60 %, Ce 40 % of the rare earths, no Pr or Nd; an estimate of that alloy grade), 7 % of the cell mass (an estimate). It leaches them on 07-12 into mixed lanthanum–cerium oxide at 95 %; the nickel and cobalt are sold apart and the leach residue is landfilled under licence.',
  expect: 'Nothing: NiMH mischmetal varies between La-rich and Ce-rich grades, and La–Ce alone is a battery alloy; a distribution narrower than the catalogue\'s is not a sign of another source.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(200);
    const composition = { La: tonnes(8.4), Ce: tonnes(5.6) };
    const collect = s.collect(r.recycler, 'col-2507-nimh', at('2025-07-03'), { id: 'NIMH-2507-TX', product: 'eol-nimh-battery', massGrams: grams, composition }, { name: 'Tianjin Binhai taxi fleet battery dismantling centre' }, r.recyclingPlant);
    const leach = leachGroups(ctx, '2507N', r.recycler.lot('NIMH-2507-TX'), grams, at('2025-07-12'), [
      { suffix: 'LACE', product: 'mixed-oxide-lace', elements: ['La', 'Ce'], purity: 0.99 },
    ], 0.3);
    w.record(r.recycler, at('2025-08-06', '10:00'), [collect, leach.event, s.ship(r.recycler, 'shp-2507N-res', at('2025-07-20'), 'RO-2507N-RES', leach.residueGrams, r.disposer)]);
    landfillResidue(ctx, '2507N', leach.residue, leach.residueGrams, '2025-07-21', '2025-07-23', at('2025-08-07', '11:00'));
    return { world: w, find: {} };
  },
});
