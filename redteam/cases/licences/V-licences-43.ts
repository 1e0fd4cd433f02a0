import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { importAndReduce } from '../../lib/round21.ts';

export default defineCase({
  id: 'V-licences-43',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A metal smelter licensed for 800 t REO a year reduces some 850 t REO by October on imported Malaysian oxide',
  does: 'The Baotou metal smelter\'s licence covers an electrolysis hall of 800 t REO a year (a medium hall; the figure is an estimate). Besides June\'s 60 t of NdPr oxide from the chain, it reduces four 200 t consignments of Malaysian NdPr oxide imported by the Shanghai house, in July, August, September and October 2025: about 850 t REO in the year by 12 October, with more cells lit than the licence allows.',
  expect: 'Metal smelting beyond the licence\'s yearly capacity; the smelter, and the October campaign that took it over.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    w.amendLicence('RT-MET-BS-2024', { capacityTonnesReo: 800 });
    honestMonth(ctx, '2025-06');
    for (const [month, tag] of [['2025-07', 'my2507'], ['2025-08', 'my2508'], ['2025-09', 'my2509'], ['2025-10', 'my2510']] as const) importAndReduce(ctx, month, tag, 200);
    return { world: w, find: { parties: [r.smelter.id], events: [r.smelter.event('met-my2510')] } };
  },
});
