// The empty scheme: the baseline world and its honest month, nothing else. The score runs it
// first: every case builds on this world, so an alert here would make every case's result mean
// nothing.
import { honestMonth } from './chain.ts';
import { defineCase } from './case.ts';
import { baselineWorld } from './roster.ts';

export const BASELINE_ID = 'H-baseline-00';

export const baselineCase = defineCase({
  id: BASELINE_ID,
  family: 'conservation',
  violation: false,
  heldOut: false,
  title: 'The baseline world with no scheme',
  does: 'One honest month (2025-06) of the whole chain: mining, separation with residue disposal, metal smelting, delivery to a magnet maker.',
  expect: 'Nothing: every party is licensed, in quota, balanced within recovery norms, and reports by the 10th.',
  build() {
    const ctx = baselineWorld();
    honestMonth(ctx, '2025-06');
    return { world: ctx.w, find: {} };
  },
});
