// Estimates (not in shared/DOMAIN.md): 8.6 % rare earths in NiMH packs is the catalogue's estimate; 95 % recovery and 0.3 t of residue a tonne are estimates.
import { defineCase } from '../../lib/case.ts';
import { tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recycleCollected } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-conservation-98',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Three hundred tonnes of spent NiMH batteries yield 29 t of rare earth oxides, the nickel sold apart',
  does: 'On 2025-07-07 the Ganzhou recycler collects 300 t of spent nickel–metal-hydride packs (hybrid-car modules and power-tool cells, about 8.6 % rare earths) from a licensed battery dismantler. On 07-18 it shreds and leaches them: 95 % of the rare earths come out as La–Ce oxide and NdPr oxide (about 29 t of oxides); the nickel and cobalt go as a nickel hydroxide cake to a nickel refiner outside the rare earth books, and 90 t of leach residue (0.3 t a tonne, an estimate) go to the licensed store.',
  expect: 'Nothing: post-consumer scrap at its own grade, recovered inside the norm; most of the lot\'s mass is nickel, which the ledger does not follow.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    recycleCollected(ctx, '2507-nimh', { product: 'eol-nimh-battery', massGrams: tonnes(300) },
      { name: '赣州格林美电池拆解有限公司', id: 'dismantler-gz-0919' },
      { collect: '2025-07-07', process: '2025-07-18', residue: '2025-07-22', residueIn: '2025-07-23', residuePlaced: '2025-07-24' },
      '2025-08-07T10:00:00+08:00', '2025-08-08T10:00:00+08:00', 0.3);
    return { world: w, find: {} };
  },
});
