// Estimates (not in shared/DOMAIN.md): the 50 % REO concentrate is DOMAIN.md's trading grade; monthly tonnages are the case's own.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, nextMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { feedAndSeparate, monthDays, smallSeparator } from '../../lib/round18.ts';

const MONTHS = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11'];

export default defineCase({
  id: 'H-licences-97',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A plant licensed for 2,000 t REO a year separates 1,960 t REO in five busy months and stands idle in December',
  does: 'A Baotou separator licensed for 2,000 t REO a year, with a 2,000 t REO allocation, runs 784 t of Bayan Obo concentrate a month (392 t REO) from July to November 2025: 1,960 t REO, 98 % of both its licence and its allocation. It then stops for the rest of the year.',
  expect: 'Nothing: a full year\'s work in five months, inside the licensed capacity and the allocation.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const sep = smallSeparator(ctx, { capacity: 2_000, quota: 2_000 });
    for (const month of MONTHS) {
      const next = nextMonth(month);
      const run = feedAndSeparate(ctx, sep, month.slice(2).replace('-', ''), monthDays(month), 784, at(`${next}-05`, '10:00'), at(`${next}-07`, '10:00'));
      w.record(sep.party, at(`${next}-06`, '10:00'), run.events);
    }
    return { world: w, find: {} };
  },
});
