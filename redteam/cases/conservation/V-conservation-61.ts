import type { AdjustEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { ELEMENTS } from '../../../src/domain/index.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-61',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A "drum under the wrong tag" put right by two count adjustments that turn cerium oxide into dysprosium oxide',
  does: 'The Baotou separator takes 1.2 t of dysprosium oxide smuggled in from Myanmar into its heavy rare earth store. At the July 2025 stock count (07-14) it books two offsetting adjustments, as a plant does when a drum was stacked under the wrong lot tag: −1.2 t on its cerium oxide lot ("drum C-117 found in the heavy store, tag error") and +1.2 t on its heavy rare earth oxide lot, whose added 1.2 t it declares as dysprosium oxide. The tonnes balance; the elements do not: 1.2 t of cerium oxide leaves the books and a tonne of dysprosium that no feed ever held enters them. On 07-22 it sells the whole heavy lot, now mostly dysprosium, to the Beijing trader (received 07-23). Everyone reports July by the 7th of August.',
  expect: 'Per-element imbalance hidden by a mass-neutral pair of adjustments: cerium out, dysprosium in, nothing received that held it; the two adjustments, the heavy oxide lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(1.2);
    const dy = Math.floor((grams * 0.99) / ELEMENTS.Dy.oxideFactor);
    const minus = s.adjust(r.separator, 'adj-2507-ce', at('2025-07-14', '16:00'), 'SEP-2506-CE', -grams, 'July stock count: drum C-117 found in the heavy store, tag error; taken off the cerium oxide lot');
    // Written by hand: the scribe's adjust adds to the lot's composition in place, which is the
    // object the June separation event holds too; the lot's state gets a new object instead.
    const plus: AdjustEvent = { id: 'adj-2507-hre', kind: 'adjust', time: at('2025-07-14', '16:10'), lot: 'SEP-2506-HRE', deltaGrams: grams, reason: 'July stock count: drum C-117 is heavy rare earth oxide (Dy2O3 99 %), booked to the heavy lot', composition: { Dy: dy } };
    const state = s.lot(r.separator.lot('SEP-2506-HRE'));
    state.massGrams += grams;
    state.composition = add(state.composition, { Dy: dy });
    const heavyGrams = s.lot(r.separator.lot('SEP-2506-HRE')).massGrams;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      minus,
      plus,
      s.ship(r.separator, 'shp-2507-hre', at('2025-07-22'), 'SEP-2506-HRE', heavyGrams, r.trader),
    ]);
    w.record(r.trader, at('2025-08-07', '10:00'), [s.receive(r.trader, 'rcv-2507-hre', at('2025-07-23'), r.separator.lot('SEP-2506-HRE'), heavyGrams)]);
    return {
      world: w,
      find: {
        events: [r.separator.event('adj-2507-hre'), r.separator.event('adj-2507-ce')],
        lots: [r.separator.lot('SEP-2506-HRE')],
        parties: [r.separator.id],
      },
    };
  },
});
