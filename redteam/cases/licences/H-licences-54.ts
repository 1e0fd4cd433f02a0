import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recyclerMonth } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-licences-54',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A swarf recycler licensed for 3,000 t REO runs two 5,000 t campaigns and stops at 2,660 t REO for the year',
  does: 'The Ganzhou recycler\'s licence sets its capacity at 3,000 t REO a year. In 2025 it runs two big swarf campaigns, 5,000 t of NdFeB swarf each (an estimate of what a large plant can take in a month), in March and June: about 2,770 t REO fed and 2,660 t REO recovered. When a Ningbo scrap dealer offers another 5,000 t in September it declines, since a third campaign would take it past its licence. Residue goes to the licensed store; every month is reported on time.',
  expect: 'Nothing: two large months, the year inside the licence\'s capacity.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    for (const [month, tag, next] of [['2025-03', '2503', '2025-04'], ['2025-06', '2506r', '2025-07']] as const) {
      const m = recyclerMonth(ctx, month, tag, 5_000, at(`${next}-07`, '11:00'));
      w.record(r.recycler, at(`${next}-06`, '10:00'), m.events);
    }
    return { world: w, find: {} };
  },
});
