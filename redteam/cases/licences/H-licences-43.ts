import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { importAndReduce } from '../../lib/round21.ts';

export default defineCase({
  id: 'H-licences-43',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A metal smelter licensed for 800 t REO a year runs its hall flat out on imported oxide and stops at about 770 t REO',
  does: 'The Baotou metal smelter\'s licence covers 800 t REO a year (an estimate for a medium hall). Besides June\'s 60 t of chain NdPr oxide, it reduces Malaysian NdPr oxide imported by the Shanghai house: 200 t in each of July, August and September and 120 t in October 2025, about 770 t REO for the year, then banks its cells until January.',
  expect: 'Nothing: the year\'s smelting stays inside the licence\'s capacity, however busy the months.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    w.amendLicence('RT-MET-BS-2024', { capacityTonnesReo: 800 });
    honestMonth(ctx, '2025-06');
    for (const [month, tag, t] of [['2025-07', 'my2507', 200], ['2025-08', 'my2508', 200], ['2025-09', 'my2509', 200], ['2025-10', 'my2510', 120]] as const) importAndReduce(ctx, month, tag, t);
    return { world: w, find: {} };
  },
});
