import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-07',
  family: 'licences',
  violation: false,
  heldOut: false,
  title: 'A second quota batch lifts the year\'s ceiling',
  does: 'The miner\'s first-batch 2025 allocation is 12,000 t REO. In August the second batch allocates it 6,000 t more (quotas come in two batches). Its year: 1,200 t of concentrate in June, 12,000 t in September and 15,000 t in November, 14,100 t REO in all: over the first batch, within both.',
  expect: 'Nothing: a year\'s quota is the sum of its batches.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    w.quota({ id: 'RT-Q2025-MIN-GROUP-B2', year: 2025, batch: 2, holder: r.group.id, activity: 'mining', oreType: 'rock', tonnesReo: 60_000 });
    w.quota({ id: 'RT-Q2025-MIN-BY-B2', year: 2025, batch: 2, holder: r.miner.id, activity: 'mining', oreType: 'rock', tonnesReo: 6_000, allocatedFrom: 'RT-Q2025-MIN-GROUP-B2' });
    w.quota({ id: 'RT-Q2025-SEP-GROUP-B2', year: 2025, batch: 2, holder: r.group.id, activity: 'separation', oreType: 'any', tonnesReo: 60_000 });
    w.quota({ id: 'RT-Q2025-SEP-BT-B2', year: 2025, batch: 2, holder: r.separator.id, activity: 'separation', oreType: 'rock', tonnesReo: 6_000, allocatedFrom: 'RT-Q2025-SEP-GROUP-B2' });
    honestMonth(ctx, '2025-06');
    honestMonth(ctx, '2025-09', { minedTonnes: 12_000, shippedTonnes: 8_000 });
    honestMonth(ctx, '2025-11', { minedTonnes: 15_000, shippedTonnes: 8_000 });
    return { world: w, find: {} };
  },
});
