import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separationMonths } from '../../lib/round19.ts';

export default defineCase({
  id: 'V-licences-55',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A second-batch separation allocation takes the Baotou separator past its plant licence\'s 12,000 t REO, and it separates to the allocation',
  does: 'The Baotou separator\'s licence is for a plant of 12,000 t REO a year; its first-batch 2025 allocation is 10,000 t REO. In August the group hands it 4,000 t REO more from the second batch (and the miner 3,000 t of mining). The separator runs three 9,000 t campaigns of Bayan Obo concentrate in March, July and October on top of June\'s 1,000 t: 14,000 t REO, inside its allocations and 2,000 t REO beyond what its licence lets the plant do. An allocation is a ceiling on output, not a licence to run a plant beyond its licensed capacity.',
  expect: 'Separation beyond the separator\'s licensed capacity in 2025: the separator and its October campaign, which takes it over.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    w.quota({ id: 'RT-Q2025-SEP-BT-B2', year: 2025, batch: 2, holder: r.separator.id, activity: 'separation', oreType: 'rock', tonnesReo: 4_000, allocatedFrom: 'RT-Q2025-SEP-GROUP' });
    w.quota({ id: 'RT-Q2025-MIN-BY-B2', year: 2025, batch: 2, holder: r.miner.id, activity: 'mining', oreType: 'rock', tonnesReo: 3_000, allocatedFrom: 'RT-Q2025-MIN-GROUP' });
    honestMonth(ctx, '2025-06');
    separationMonths(ctx, ['2025-03', '2025-07', '2025-10'], 9_000);
    return { world: w, find: { parties: [r.separator.id], events: [r.separator.event('sep-2510-01')] } };
  },
});
