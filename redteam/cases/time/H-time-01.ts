import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-01',
  family: 'time',
  violation: false,
  heldOut: false,
  title: 'A small correction of last month\'s extraction, made the next month',
  does: 'The miner\'s second June lot was recorded as 300 t from a misread weighbridge ticket; the reconciliation in August finds 310 t. On 2025-08-12 it corrects the June extraction to 310 t, citing the ticket, and reports the correction with August.',
  expect: 'Nothing: a small, explained correction, recorded on time for the month it is made in; the June extraction keeps its June date.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-07-05', '11:00'), [s.extract(r.miner, 'ext-2506-02', at('2025-06-25'), r.mine, { id: 'BC-2506-02', product: 'concentrate-bayan-obo', massGrams: tonnes(300) })]);
    // A lot id is never reused, even for a voided lot: the replacement names a new one.
    const replacement = s.extract(r.miner, 'cor-2508-01', at('2025-06-25'), r.mine, { id: 'BC-2506-02C', product: 'concentrate-bayan-obo', massGrams: tonnes(310) });
    w.record(r.miner, at('2025-09-05', '10:00'), [s.correct('cor-2508-01', at('2025-08-12'), 'ext-2506-02', 'weighbridge ticket WB-0625-114 misread: 310 t, not 300 t', replacement)]);
    return { world: w, find: {} };
  },
});
