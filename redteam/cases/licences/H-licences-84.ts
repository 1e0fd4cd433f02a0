// Estimates (not in DOMAIN.md): swarf bought per supplier per month; 95 % recovery (DOMAIN.md: up to ~97 %).
import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { swarfMonth } from '../../lib/round15.ts';

const MONTHS = ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02'];

export default defineCase({
  id: 'H-licences-84',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A swarf recycler runs for six months across New Year at the rate of 4,800 t REO a year, each calendar year well under its 3,000 t licence',
  does: 'The Ganzhou recycler (3,000 t REO a year) is shut until September 2025 while its leach line is rebuilt, then runs flat out to catch up with its customers: 1,440 t of NdFeB grinding swarf a month (about 400 t REO) from its three regular suppliers from September 2025 to February 2026, each month leached on the 12th at 95 %, the leach residue sent to the licensed store. 2025 takes in some 1,600 t REO, January and February 2026 some 800 t. Every month is reported on time.',
  expect: 'Nothing: a capacity is a year\'s, and neither calendar year comes near it; six busy months at a high rate are not a year over capacity.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    for (const month of MONTHS) swarfMonth(ctx, month, month.slice(2).replace('-', ''), 480);
    return { world: w, find: {} };
  },
});
