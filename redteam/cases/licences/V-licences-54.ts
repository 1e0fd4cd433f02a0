import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recyclerMonth } from '../../lib/round16.ts';

export default defineCase({
  id: 'V-licences-54',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A swarf recycler licensed for 3,000 t REO a year recovers some 3,990 t REO by September',
  does: 'The Ganzhou recycler\'s licence sets its capacity at 3,000 t REO a year. With NdPr prices up in 2025 it runs three big swarf campaigns, 5,000 t of NdFeB swarf each (an estimate of what a large plant can take in a month), in March, June and September: about 4,160 t REO fed and 3,990 t REO recovered as NdPr oxide and heavy oxide, a third over its licensed capacity, with a second leaching line it added without applying for a licence change. Every month is reported on time and the residue goes to the licensed store.',
  expect: 'Recycling beyond the capacity of the recycler\'s licence: the recycler and its September campaign, which takes it over.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    for (const [month, tag] of [['2025-03', '2503'], ['2025-06', '2506r'], ['2025-09', '2509']] as const) {
      const next = month === '2025-03' ? '2025-04' : month === '2025-06' ? '2025-07' : '2025-10';
      const m = recyclerMonth(ctx, month, tag, 5_000, at(`${next}-07`, '11:00'));
      w.record(r.recycler, at(`${next}-06`, '10:00'), m.events);
    }
    return { world: w, find: { parties: [r.recycler.id], events: [r.recycler.event('rec-2509-01')] } };
  },
});
