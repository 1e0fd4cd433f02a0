import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-50',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Rotor magnets from repowered direct-drive wind turbines, 4.2 % dysprosium',
  does: 'A wind farm near Hami, Xinjiang, commissioned in 2010 with direct-drive permanent-magnet generators, is repowered in 2025. The generators\' rotor magnets were a high-coercivity grade made before grain-boundary diffusion was common, heavy in dysprosium: 5.8 % Pr, 20 % Nd, 4.2 % Dy and 0.6 % Tb. On 2025-07-08 the Ganzhou recycler collects 60 t of magnets pulled from the rotors by the repowering contractor, demagnetised and with their coatings, and on 07-22 recycles them at 96 % into 17.6 t of NdPr oxide, 2.8 t of dysprosium oxide and 0.41 t of terbium oxide. July is reported on the 8th of August.',
  expect: 'Nothing: old high-coercivity generator magnets really hold twice the dysprosium of the average scrap magnet; the grade is a magnet\'s, the mix an NdFeB grade\'s, and they go to a licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const massGrams = tonnes(60);
    const composition = { Pr: Math.round(massGrams * 0.058), Nd: Math.round(massGrams * 0.2), Dy: Math.round(massGrams * 0.042), Tb: Math.round(massGrams * 0.006) };
    const magnets = { id: 'WT-2507-HM', product: 'eol-ndfeb-magnets', massGrams, composition };
    const collected = s.collect(r.recycler, 'col-2507-hm', at('2025-07-08'), magnets, { name: '新疆哈密风电场改造工程总承包部' }, r.recyclingPlant);
    const recovered = scale(composition, 0.96);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const dy = pick(recovered, ['Dy']);
    const tb = pick(recovered, ['Tb']);
    w.record(r.recycler, at('2025-08-08', '10:00'), [
      collected,
      s.process(r.recycler, 'rec-2507-hm', at('2025-07-22'), [{ lot: magnets.id, massGrams }], [
        { id: 'RE-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RE-2507-DY', product: 'oxide-dy', massGrams: oxideMass(dy), composition: dy },
        { id: 'RE-2507-TB', product: 'oxide-tb', massGrams: oxideMass(tb), composition: tb },
      ], { facility: r.recyclingPlant, note: 'generator magnets: crushing, oxidising roast, HCl leach, solvent extraction' }),
    ]);
    return { world: w, find: {} };
  },
});
