import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-46',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'December output filed on 9 January after the New Year break, with a same-day correction of a mis-keyed tonnage',
  does: 'The Bayan Obo miner extracts 1,100 t of concentrate on 2025-12-16 and 950 t on 12-29. Its office reopens after the New Year holiday and files December on 2026-01-09 at 16:40, one day before the deadline; the clerk keyed the second extraction as 1,950 t and files a correction to 950 t (weighbridge tickets attached) at 17:10 the same afternoon. Nothing had been shipped from either lot.',
  expect: 'Nothing: the month is reported before the 10th, and the correction is filed the same day, before any use of the lot, with a reason.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2026-01-09', '16:40'), [
      s.extract(r.miner, 'ext-2512-01', at('2025-12-16'), r.mine, { id: 'BC-2512-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_100) }),
      s.extract(r.miner, 'ext-2512-02', at('2025-12-29'), r.mine, { id: 'BC-2512-02', product: 'concentrate-bayan-obo', massGrams: tonnes(1_950) }),
    ]);
    const replacement = s.extract(r.miner, 'cor-2512-02', at('2025-12-29'), r.mine, { id: 'BC-2512-02C', product: 'concentrate-bayan-obo', massGrams: tonnes(950) });
    w.record(r.miner, at('2026-01-09', '17:10'), [
      s.correct('cor-2512-02', at('2026-01-09', '17:05'), 'ext-2512-02', 'tonnage mis-keyed (1,950 for 950); weighbridge tickets 2512-0871 to 0890', replacement),
    ]);
    return { world: w, find: {} };
  },
});
