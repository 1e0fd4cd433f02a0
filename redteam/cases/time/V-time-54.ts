import { defineCase } from '../../lib/case.ts';
import type { ExtractEvent } from '../../../src/ledger/index.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-54',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Four June stockpile lots, one "corrected" down each month from August to November: 120 t of concentrate gone in late slices',
  does: 'On 2025-06-25 to 06-28 the Bayan Obo miner extracts four lots of 200 t of concentrate and leaves them on the stockpile; June is reported on 07-05. Over the summer 120 t are trucked away at night to a private flotation plant. To make the books meet the pile, the miner corrects one of the June extractions each month, by 30 t each time: on 08-12 ("moisture re-assay"), 09-11 ("weighbridge drift"), 10-13 ("drone survey of the pile") and 11-12 ("bulk density revised"). Each correction is filed alone, months after June\'s deadline; the last comes five months after it.',
  expect: 'A series of late corrections that together remove 15 % of a month\'s extraction after its report: the four correction events and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const days = ['2025-06-25', '2025-06-26', '2025-06-27', '2025-06-28'];
    w.record(r.miner, at('2025-07-05', '11:00'), days.map((d, i) =>
      s.extract(r.miner, `ext-2506-1${i}`, at(d), r.mine, { id: `BC-2506-1${i}`, product: 'concentrate-bayan-obo', massGrams: tonnes(200) })));
    const steps: [string, string, string][] = [
      ['2025-08-12', 'moisture re-assay of the June stockpile', 'A'],
      ['2025-09-11', 'weighbridge drift found at the quarterly check', 'B'],
      ['2025-10-13', 'drone survey of the pile', 'C'],
      ['2025-11-12', 'bulk density of the pile revised', 'D'],
    ];
    const ids: string[] = [];
    steps.forEach(([day, reason, letter], i) => {
      const id = `cor-${day.slice(2, 4)}${day.slice(5, 7)}-ext`;
      ids.push(id);
      const replacement: ExtractEvent = {
        id, kind: 'extract', time: at(days[i]!), facility: r.mine,
        lot: { id: `BC-2506-1${i}${letter}`, product: 'concentrate-bayan-obo', massGrams: tonnes(170), composition: scale(s.lot(r.miner.lot(`BC-2506-1${i}`)).composition, 170 / 200) as Record<string, number> },
      };
      w.record(r.miner, at(day, '16:00'), [s.correct(id, at(day, '15:30'), `ext-2506-1${i}`, reason, replacement)]);
    });
    return { world: w, find: { events: ids.map((id) => r.miner.event(id)), parties: [r.miner.id] } };
  },
});
