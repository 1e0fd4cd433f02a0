import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recyclerMonth } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-time-93',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Recycled NdPr oxide dispatched on 30 September, received after the National Day week, both Septembers filed on 9 October',
  does: 'The Ganzhou recycler collects 120 t of NdFeB swarf on 2025-09-04 and separates it on 09-15 (residue to the licensed disposer on 09-20). At 17:00 on 09-30, the eve of the National Day holiday, it ships 20 t of its recycled NdPr oxide to the Baotou metal smelter; the consignment waits in a rail yard through the holiday week and the smelter, closed until the 8th, books its receipt at 08:30 on 10-08. Both file their Septembers on 10-09, the first working day after the holiday, the smelter at 17:40.',
  expect: 'Nothing: eight days in transit across a public holiday is ordinary, and a report on the 9th is within the 10th-of-the-month deadline.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): residue 0.8 t per t of swarf and 96 % recovery (round16.ts); eight days in a rail yard over the holiday.
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const month = recyclerMonth(ctx, '2025-09', '2509', 120, at('2025-10-09', '14:00'));
    const grams = 20_000_000;
    const ship = s.ship(r.recycler, 'shp-2509-ndpr', at('2025-09-30', '17:00'), month.ndpr, grams, r.smelter, `${month.ndpr}-S1`, 'rail, two containers; yard at Ganzhou South over the holiday');
    w.record(r.recycler, at('2025-10-09', '11:00'), [...month.events, ship]);
    w.record(r.smelter, at('2025-10-09', '17:40'), [
      s.receive(r.smelter, 'rcv-2509-rndpr', at('2025-10-08', '08:30'), r.recycler.lot(`${month.ndpr}-S1`), grams),
    ]);
    return { world: w, find: {} };
  },
});
