import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-03',
  family: 'licences',
  violation: false,
  heldOut: false,
  title: 'A very big month, still inside the year\'s quota',
  does: 'Before the winter shutdown the miner extracts 9,000 t of concentrate in October 2025 (4,500 t REO, 38 % of its 12,000 t REO annual quota) and ships 8,000 t; with June\'s 1,200 t its year stays at 5,100 t REO.',
  expect: 'Nothing: the quota is annual; one month\'s size is not a violation.',
  build() {
    const ctx = baselineWorld();
    honestMonth(ctx, '2025-06');
    honestMonth(ctx, '2025-10', { minedTonnes: 9_000, shippedTonnes: 8_000 });
    return { world: ctx.w, find: {} };
  },
});
