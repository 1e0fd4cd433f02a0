// Figures as chain.ts's honest month; the allocations are fictional shares of the group's quota.
import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-15',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Baotou separator passes its first-batch 2025 allocation in July, inside its second-batch top-up',
  does: 'For 2025 the Northern group gives the Baotou separator only 800 t REO in the first batch of separation quota; the second batch, issued in the summer, adds 600 t REO from the group\'s second-batch quota. The separator runs 1,000 t of Bayan Obo concentrate (500 t REO) in June and another 1,000 t (500 t REO) in July, 1,000 t REO in all, past the first batch and within the two. Its residues go to the licensed store each month and its NdPr oxide to the metal smelter; everyone reports by the 8th.',
  expect: 'Nothing: a separation quota is the sum of its batches; 1,000 t REO is inside 1,400.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    const batch1 = w.quotas.find((q) => q.id === 'RT-Q2025-SEP-BT');
    if (batch1 === undefined) throw new Error('no 2025 separation quota of the separator');
    batch1.tonnesReo = 800;
    const group2 = w.quota({ id: 'RT27-Q2025-SEP-GROUP-B2', year: 2025, batch: 2, holder: r.group.id, activity: 'separation', oreType: 'any', tonnesReo: 40_000 });
    w.quota({ id: 'RT27-Q2025-SEP-BT-B2', year: 2025, batch: 2, holder: r.separator.id, activity: 'separation', oreType: 'rock', tonnesReo: 600, allocatedFrom: group2 });
    honestMonth(ctx, '2025-06');
    honestMonth(ctx, '2025-07');
    return { world: w, find: {} };
  },
});
