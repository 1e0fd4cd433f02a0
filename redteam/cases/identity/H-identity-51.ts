import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-51',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Spent high-cerium polishing powder from a cover-glass works: almost no lanthanum',
  does: 'A phone cover-glass works in Liuyang, Hunan, polishes with high-cerium powder (99 % CeO2 in its REO) and filter-presses the spent slurry. On 2025-07-06 the Ganzhou recycler collects 40 t of the press cake: 40 % cerium and 0.4 % lanthanum, the rest glass fines, water and flocculant. The catalogue\'s spent powder is a La–Ce mix with twice as much cerium as lanthanum; this one has a hundred times as much, because it is left of a high-cerium powder. On 07-20 the recycler leaches it into 18.5 t of cerium oxide at 93 %, the lanthanum staying in the leach liquor. July is reported on the 8th of August.',
  expect: 'Nothing: the lot is what high-cerium powder leaves behind, at a spent powder\'s grade; its odd La:Ce ratio follows the powder it came from, and it goes to a licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const massGrams = tonnes(40);
    const cake = { id: 'PP-2507-LY', product: 'scrap-polishing-powder', massGrams, composition: { Ce: Math.round(massGrams * 0.4), La: Math.round(massGrams * 0.004) } };
    const collected = s.collect(r.recycler, 'col-2507-ly', at('2025-07-06'), cake, { name: '浏阳市永安镇晶盾盖板玻璃有限公司' }, r.recyclingPlant);
    const ce = pick(scale(cake.composition, 0.93), ['Ce']);
    w.record(r.recycler, at('2025-08-08', '10:00'), [
      collected,
      s.process(r.recycler, 'rec-2507-ly', at('2025-07-20'), [{ lot: cake.id, massGrams }], [
        { id: 'RE-2507-CE', product: 'oxide-ce', massGrams: oxideMass(ce), composition: ce },
      ], { facility: r.recyclingPlant, note: 'spent polishing powder: caustic wash, HCl leach, cerium precipitated and calcined' }),
    ]);
    return { world: w, find: {} };
  },
});
