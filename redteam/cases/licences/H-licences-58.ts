import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { ionicYear } from '../../lib/round20.ts';

export default defineCase({
  id: 'H-licences-58',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Xunwu clay miner ends 2025 at 99.4 % of its ionic allocation, with an extraction every month up to December',
  does: 'The Xunwu miner\'s 2025 ionic mining allocation is 1,500 t REO. It plans its heap leaches to the allocation: 135 t of 92 % concentrate a month, about 124 t REO, shipped each month to the Longnan separator, which separates it. The year closes at about 1,490 t REO, 99.4 % of the allocation, with a December extraction like every other month. Everything is reported on time.',
  expect: 'Nothing: a year inside the quota, however close to it.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    ionicYear(ctx, south, 135);
    return { world: w, find: {} };
  },
});
