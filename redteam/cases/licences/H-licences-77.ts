import { defineCase } from '../../lib/case.ts';
import { honestMonth, mineAndShip } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separateShipment } from '../../lib/round7.ts';

export default defineCase({
  id: 'H-licences-77',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A separator whose 2026 allocation was cut to 1,000 t REO separates 900 t REO in January and stops',
  does: 'The Baotou separator reported its 2025 flow data late, and its group cut its first-batch allocation for 2026 from 10,000 t to 1,000 t REO. In January 2026 it separates the 1,800 t of concentrate (900 t REO) the mine shipped on 01-10, on 01-20, sends the residue to the licensed store and reports on 02-06; it separates nothing more until a second batch is allocated.',
  expect: 'Nothing: a penalised plant working inside the smaller quota it was given, under a licence that is still valid.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const quota = w.quotas.find((q) => q.id === 'RT-Q2026-SEP-BT')!;
    quota.tonnesReo = 1_000;
    const january = mineAndShip(ctx, '2026-01', { tag: '2601', minedTonnes: 1_800, shippedTonnes: 1_800 });
    separateShipment(ctx, '2026-01', january.feed, january.shippedGrams, '2601');
    return { world: w, find: {} };
  },
});
