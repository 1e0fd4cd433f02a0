import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-03',
  family: 'time',
  violation: true,
  heldOut: false,
  title: 'A correction five months later erases 250 t of extraction',
  does: 'On 2025-06-25 the miner records a second June lot of 300 t of concentrate, left in the yard. In November, after selling 250 t of it off the books, it corrects that June extraction down to 50 t, "weighing error", so that its stock matches the yard.',
  expect: 'A late correction that removes most of a past extraction; the correction event and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const lot = { id: 'BC-2506-02', product: 'concentrate-bayan-obo', massGrams: tonnes(300) };
    w.record(r.miner, at('2025-07-05', '11:00'), [s.extract(r.miner, 'ext-2506-02', at('2025-06-25'), r.mine, lot)]);
    // A lot id is never reused, even for a voided lot: the replacement names a new one.
    const replacement = s.extract(r.miner, 'cor-2511-01', at('2025-06-25'), r.mine, { id: 'BC-2506-02C', product: 'concentrate-bayan-obo', massGrams: tonnes(50) });
    w.record(r.miner, at('2025-12-05', '10:00'), [s.correct('cor-2511-01', at('2025-11-20'), 'ext-2506-02', 'weighing error at the yard scale', replacement)]);
    return { world: w, find: { events: [r.miner.event('cor-2511-01'), r.miner.event('ext-2506-02')], parties: [r.miner.id] } };
  },
});
