import { defineCase } from '../../lib/case.ts';
import type { ExtractEvent } from '../../../src/ledger/index.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-54',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Two June stockpile lots corrected on 3 and 4 July, after the miner\'s early report and before the deadline',
  does: 'The Bayan Obo miner files June early, on 2025-07-02, with two more June lots of concentrate left on the stockpile: 300 t on 06-26 and 250 t on 06-27. On 07-03 the yard foreman finds that ticket 0626-071 was keyed 300 t for 303 t; on 07-04 the shift engineer finds ticket 0627-118 keyed 250 t for 246 t. The clerk corrects each extraction the day it is found, citing the ticket. Both corrections are in the ledger six days before June\'s deadline; neither lot has moved.',
  expect: 'Nothing: keying errors of about 1 % put right within the reporting window, each with its ticket.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-07-02', '11:00'), [
      s.extract(r.miner, 'ext-2506-02', at('2025-06-26'), r.mine, { id: 'BC-2506-02', product: 'concentrate-bayan-obo', massGrams: tonnes(300) }),
      s.extract(r.miner, 'ext-2506-03', at('2025-06-27'), r.mine, { id: 'BC-2506-03', product: 'concentrate-bayan-obo', massGrams: tonnes(250) }),
    ]);
    const fix = (id: string, day: string, lot: string, from: number, to: number): ExtractEvent => ({
      id, kind: 'extract', time: at(day), facility: r.mine,
      lot: { id: `${lot}A`, product: 'concentrate-bayan-obo', massGrams: tonnes(to), composition: scale(s.lot(r.miner.lot(lot)).composition, to / from) as Record<string, number> },
    });
    w.record(r.miner, at('2025-07-03', '15:00'), [s.correct('cor-2507-ext-a', at('2025-07-03', '14:40'), 'ext-2506-02', 'weighbridge ticket 0626-071 reads 303 t, keyed as 300 t', fix('cor-2507-ext-a', '2025-06-26', 'BC-2506-02', 300, 303))]);
    w.record(r.miner, at('2025-07-04', '09:30'), [s.correct('cor-2507-ext-b', at('2025-07-04', '09:10'), 'ext-2506-03', 'weighbridge ticket 0627-118 reads 246 t, keyed as 250 t', fix('cor-2507-ext-b', '2025-06-27', 'BC-2506-03', 250, 246))]);
    return { world: w, find: {} };
  },
});
