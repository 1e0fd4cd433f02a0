import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, nextMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { feedAndSeparate, monthDays, smallSeparator } from '../../lib/round18.ts';

const MONTHS = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11'];

export default defineCase({
  id: 'V-licences-97',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A plant licensed for 2,000 t REO a year separates 2,500 t REO by November on a larger group allocation',
  does: 'A Baotou separator\'s licence caps its plant at 2,000 t REO a year. Its group, short of capacity elsewhere, allocates it 2,800 t REO of the 2025 separation quota. From July to November 2025 it separates 1,000 t of Bayan Obo concentrate a month (500 t REO), 2,500 t REO in all: inside the allocation, a quarter beyond what its licence allows the plant to process. Every campaign balances and every residue reaches the store.',
  expect: 'Separation beyond the licensed capacity; the quota does not enlarge a licence. The campaigns of October and November and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const sep = smallSeparator(ctx, { capacity: 2_000, quota: 2_800 });
    for (const month of MONTHS) {
      const next = nextMonth(month);
      const run = feedAndSeparate(ctx, sep, month.slice(2).replace('-', ''), monthDays(month), 1_000, at(`${next}-05`, '10:00'), at(`${next}-07`, '10:00'));
      w.record(sep.party, at(`${next}-06`, '10:00'), run.events);
    }
    return { world: w, find: { events: [sep.party.event('sep-2510-xd'), sep.party.event('sep-2511-xd')], parties: [sep.party.id] } };
  },
});
