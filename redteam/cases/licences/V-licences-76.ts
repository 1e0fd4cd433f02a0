import { defineCase } from '../../lib/case.ts';
import { honestMonth, mineAndShip } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separateShipment } from '../../lib/round7.ts';

export default defineCase({
  id: 'V-licences-76',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A separator left without a 2026 allocation goes on separating in January 2026 on the strength of its 2025 one',
  does: 'The Baotou separator held a 10,000 t REO separation allocation in 2024 and 2025. For 2026 its group, penalised for the plant\'s late 2025 flow data, allocates it nothing in the first batch (its 2026 allocation is absent from the registry; the licence itself runs to 2026-12-31). The plant keeps its line running: on 2026-01-20 it separates the 1,000 t of concentrate (500 t REO) the mine shipped on 01-10, as in any month, sends the residue to the licensed store and reports on 02-06, treating "the quota" as something it holds from one year to the next.',
  expect: 'Separation in a year for which the separator holds no quota at all: the January separation and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.quotas.splice(w.quotas.findIndex((q) => q.id === 'RT-Q2026-SEP-BT'), 1);
    const january = mineAndShip(ctx, '2026-01', { tag: '2601' });
    separateShipment(ctx, '2026-01', january.feed, january.shippedGrams, '2601');
    return {
      world: w,
      find: { events: [r.separator.event('sep-2601-01')], lots: [r.separator.lot('SEP-2601-NDPR')], parties: [r.separator.id] },
    };
  },
});
