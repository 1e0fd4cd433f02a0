import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain, mineIonic } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-02',
  family: 'conservation',
  violation: true,
  heldOut: false,
  title: 'One element vanishes while the REO total closes',
  does: 'The Longnan separator separates 100 t of light ionic concentrate at 96 % recovery for every element but terbium, which it leaves out of its heavy-RE product altogether and sells off the books. Tb is 0.3 % of the REO, so the month\'s REO balance still closes within 4 %.',
  expect: 'The separator\'s terbium balance: some 0.2 t of Tb in, none out, nothing declared lost; the process event.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const feed = mineIonic(ctx, south, '2025-06', '2506');
    const plan = separate(s.lot(feed.lot).composition, 'LN-2506', { recovery: 0.96 });
    const heavy = plan.byProduct['mixed-oxide-heavy']!;
    const { Tb: _diverted, ...withoutTb } = heavy.composition!;
    heavy.composition = withoutTb;
    w.record(south.southSeparator, reportTime('2025-06', 6), [
      s.receive(south.southSeparator, 'rcv-2506-01', at(day('2025-06', 13)), feed.lot, feed.massGrams),
      s.process(south.southSeparator, 'sep-2506-01', at(day('2025-06', 18)), [{ lot: feed.lot, massGrams: feed.massGrams }], plan.outputs, { facility: south.southPlant }),
    ]);
    return { world: w, find: { parties: [south.southSeparator.id], events: [south.southSeparator.event('sep-2506-01')] } };
  },
});
