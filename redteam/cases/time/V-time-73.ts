import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-73',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'December\'s unreported output surfaces as a 600 t "stock-take surplus" on 3 January',
  does: 'The Dongshan miner dug 600 t of concentrate (300 t REO) in late December 2025 that it left out of its December report, the year\'s quota being in sight. On 2026-01-03 its annual stock-take "finds" 600 t more concentrate in the stockpile than the books hold, at the stockpile\'s grade, and it books the surplus as a count adjustment in January, reported on 02-05, so that it falls in 2026 as a mere count difference, not as December extraction. A surplus of half a month\'s output cannot come from weighing.',
  expect: 'A stock-count surplus far beyond any weighing error, at a mine, in the first days of a quota year: the adjustment and the concentrate lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(600);
    w.record(r.miner, at('2026-02-05', '10:00'), [
      s.adjust(r.miner, 'adj-2601-01', at('2026-01-03'), june.concentrate.split(':')[1]!, grams, 'annual stock-take: stockpile surveyed larger than booked', typical('concentrate-bayan-obo', grams)),
    ]);
    return { world: w, find: { events: [r.miner.event('adj-2601-01')], lots: [june.concentrate] } };
  },
});
