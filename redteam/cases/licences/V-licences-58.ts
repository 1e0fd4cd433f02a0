import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { ionicYear } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-licences-58',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Xunwu clay miner takes 1,790 t REO in 2025 against a 1,500 t ionic allocation, "the group will find the difference"',
  does: 'The Xunwu miner\'s 2025 ionic mining allocation is 1,500 t REO (its licence allows 2,000). Prices are high and its new heap-leach pads are ready, so it leaches 162 t of 92 % concentrate every month, about 149 t REO, and ships each month\'s output to the Longnan separator, which separates it. It passes its allocation with the November extraction and ends the year at about 1,790 t REO, telling the group that the over-run can be covered from another member\'s unused share. Everything is reported on time.',
  expect: 'Mining beyond the enterprise\'s quota: the miner, and its November and December extractions.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    ionicYear(ctx, south, 162);
    const m = south.ionicMiner;
    return { world: w, find: { parties: [m.id], events: [m.event('ext-2511X-01'), m.event('ext-2512X-01')], lots: [m.lot('IC-2511X-01'), m.lot('IC-2512X-01')] } };
  },
});
