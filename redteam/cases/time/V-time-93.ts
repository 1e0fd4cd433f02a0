import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recyclerMonth } from '../../lib/round16.ts';

export default defineCase({
  id: 'V-time-93',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A recycler files September on 16 October, "the deadline moved past the National Day holiday"',
  does: 'The Ganzhou recycler collects 120 t of NdFeB swarf from a Zhenhai workshop on 2025-09-04 and leaches and separates it on 09-15; its leach residue goes to the licensed disposer on 09-20. The plant closes for the National Day week (1–8 October) and files its September only on 2025-10-16, its office holding that the monthly deadline is pushed back by the public holiday. Order 71 asks the previous month\'s data by the 10th; it grants no holiday extension, and the 9th and 10th of October were working days. (The disposer\'s entry of the residue it received can only be recorded once the recycler\'s lot is in the ledger, on the 16th.)',
  expect: 'A monthly report filed after the 10th: the recycler and its September events.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): residue 0.8 t per t of swarf and 96 % recovery (round16.ts).
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const month = recyclerMonth(ctx, '2025-09', '2509', 120, at('2025-10-16', '14:00'));
    w.record(r.recycler, at('2025-10-16', '09:30'), month.events);
    return {
      world: w,
      find: { parties: [r.recycler.id], events: [r.recycler.event('col-2509-01'), r.recycler.event('rec-2509-01'), r.recycler.event('shp-2509-res')] },
    };
  },
});
