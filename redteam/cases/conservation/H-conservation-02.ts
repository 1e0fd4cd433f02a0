import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-02',
  family: 'conservation',
  violation: false,
  heldOut: false,
  title: 'Moisture loss on concentrate at the month-end count',
  does: 'The miner\'s 200 t of concentrate left in the yard dries in the July sun; the month-end stock count finds 0.3 t (0.15 %) less, written off as moisture loss with a negative adjustment.',
  expect: 'Nothing: concentrate is weighed wet and dries; 0.15 % is an ordinary stock difference.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.adjust(r.miner, 'adj-2507-01', at('2025-07-31', '18:00'), 'BC-2506-01', -tonnes(0.3), 'month-end stock count: moisture loss (yard stockpile)'),
    ]);
    return { world: w, find: {} };
  },
});
