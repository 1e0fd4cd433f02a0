// Estimates (not in DOMAIN.md): swarf bought per supplier per month; 95 % recovery (DOMAIN.md: up to ~97 %).
import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { swarfMonth } from '../../lib/round15.ts';

const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09'];

export default defineCase({
  id: 'V-licences-84',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A swarf recycler licensed for 3,000 t REO a year has taken in 3,600 t REO of swarf by the end of September',
  does: 'The Ganzhou recycler\'s licence allows 3,000 t REO a year. With swarf cheap in 2025 it buys all its three regular magnet-works suppliers offer: 1,440 t of NdFeB grinding swarf a month (about 400 t REO), every month from January, each month leached on the 12th at 95 % into NdPr and heavy oxides, the iron-rich leach residue sent to the licensed store. By the end of September it has taken in 12,960 t of swarf, some 3,590 t REO, and put out about 3,410 t REO of oxides, with a quarter of the year to go. Every month is reported on time.',
  expect: 'A recycler working beyond its licensed yearly capacity: the recycler, and the campaigns that took it over (August, September).',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    for (const month of MONTHS) swarfMonth(ctx, month, month.slice(2).replace('-', ''), 480);
    return { world: w, find: { events: [r.recycler.event('rec-2508-01'), r.recycler.event('rec-2509-01')], parties: [r.recycler.id] } };
  },
});
