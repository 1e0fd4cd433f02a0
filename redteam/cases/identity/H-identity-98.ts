// Estimates (not in shared/DOMAIN.md): magnet mass per traction motor, the lot's 1.2 % grade and 0.05 t of leach residue a tonne of motors are estimates.
import { defineCase } from '../../lib/case.ts';
import { scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recycleCollected } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-identity-98',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Scrapped electric-vehicle traction motors at 1.2 % rare earths, twice the catalogue\'s average motor',
  does: 'On 2025-07-07 the Ganzhou recycler collects 200 t of scrapped traction motors from a licensed end-of-life vehicle dismantler in Ganzhou. A 100 kW traction motor carries 1.5–2 kg of magnet in about 150 kg of motor (estimates), so the lot is about twice as rich as the catalogue\'s mix of industrial and appliance motors: 1.2 % rare earths. It strips them, sells the steel and copper as ordinary scrap, and recycles the rotors\' magnets on 07-18 at 95 %; 10 t of leach residue go to the licensed store.',
  expect: 'Nothing: a post-consumer lot at a grade traction motors really have, collected from a named dismantler, recycled by a licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(200);
    recycleCollected(ctx, '2507-tm', { product: 'eol-motor', massGrams: grams, composition: scale(typical('eol-motor', grams), 1.9) },
      { name: '赣州华宇报废机动车回收拆解有限公司', id: 'dismantler-gz-0457' },
      { collect: '2025-07-07', process: '2025-07-18', residue: '2025-07-22', residueIn: '2025-07-23', residuePlaced: '2025-07-24' },
      '2025-08-07T10:00:00+08:00', '2025-08-08T10:00:00+08:00', 0.05);
    return { world: w, find: {} };
  },
});
