import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11'];

export default defineCase({
  id: 'V-licences-90',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Over-quota output kept as run-of-mine ore: 50,000 t of 6 % ore stockpiled beside a concentrate tally that stays under the quota',
  does: 'The Bayan Obo miner holds a 12,000 t REO mining quota for 2025. Its concentrate output is planned to the quota: 1,800 t of 50 % concentrate (900 t REO) in each month but June, 1,200 t in June, 9,600 t REO in the year. Each month it also blasts and hauls 5,000 t of rare earth–iron ore (about 6 % REO) to a stockpile beside the concentrator, recorded as extractions of run-of-mine ore, on the view that "the quota is counted on concentrate". By November the ore holds 3,000 t REO: the year\'s extraction reaches 12,600 t REO, 5 % over the quota, and the stockpile is a reserve of unquota\'d rare earths for the next year\'s concentrate. Every month is reported on time.',
  expect: 'Extraction beyond the miner\'s 2025 quota once the ore\'s REO is counted with the concentrate\'s (both are extraction of rare earths; the year passes 12,000 t REO with November\'s extractions): the miner, and its November extractions.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    for (const month of MONTHS) {
      const tag = month.slice(2).replace('-', '');
      w.record(r.miner, reportTime(month, 5), [
        s.extract(r.miner, `ext-${tag}-01`, at(day(month, 3)), r.mine, { id: `BC-${tag}-01`, product: 'concentrate-bayan-obo', massGrams: tonnes(1_800) }),
        s.extract(r.miner, `ext-${tag}-ore`, at(day(month, 20)), r.mine, { id: `ROM-${tag}-01`, product: 'ore-bayan-obo', massGrams: tonnes(5_000) }, 'run-of-mine ore hauled to the east stockpile'),
      ]);
    }
    return {
      world: w,
      find: { parties: [r.miner.id], events: [r.miner.event('ext-2511-01'), r.miner.event('ext-2511-ore')], lots: [r.miner.lot('BC-2511-01'), r.miner.lot('ROM-2511-01')] },
    };
  },
});
