import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separationMonths } from '../../lib/round19.ts';

export default defineCase({
  id: 'H-licences-55',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A second-batch allocation of 1,500 t REO lifts the separator to 11,500 t REO, inside its 12,000 t plant licence, and it separates exactly that',
  does: 'The Baotou separator\'s licence is for a plant of 12,000 t REO a year; its first-batch 2025 allocation is 10,000 t REO. In August the group hands it 1,500 t REO more from the second batch. It runs two 11,000 t campaigns of Bayan Obo concentrate in March and October on top of June\'s 1,000 t: 11,500 t REO, over its first batch, at its two batches together and under its licensed capacity. The miner\'s 11,600 t REO stays inside its 12,000 t.',
  expect: 'Nothing: a year\'s allocation is the sum of its batches, and the plant stays inside its licensed capacity.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    w.quota({ id: 'RT-Q2025-SEP-BT-B2', year: 2025, batch: 2, holder: r.separator.id, activity: 'separation', oreType: 'rock', tonnesReo: 1_500, allocatedFrom: 'RT-Q2025-SEP-GROUP' });
    honestMonth(ctx, '2025-06');
    separationMonths(ctx, ['2025-03', '2025-10'], 11_000);
    return { world: w, find: {} };
  },
});
