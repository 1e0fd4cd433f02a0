import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-07',
  family: 'time',
  violation: false,
  heldOut: false,
  title: 'A party suspended on 07-01 files its June report',
  does: 'The magnet maker is suspended from 2025-07-01 (the registry shows it suspended; it holds no date for the suspension). Its only June movement, the receipt of 20 t of NdPr metal on 06-29, is reported on 2025-07-08, as the law still obliges it to.',
  expect: 'Nothing: the receipt happened before the suspension and the report is a duty, not an activity. (The registry keeps no dates for a party\'s status, so only the status as of today can be read.)',
  build() {
    const ctx = baselineWorld();
    ctx.w.amendParty(ctx.r.magnets, { status: 'suspended' });
    honestMonth(ctx, '2025-06');
    return { world: ctx.w, find: {} };
  },
});
