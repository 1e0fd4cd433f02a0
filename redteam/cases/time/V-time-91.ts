import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-91',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A placeholder July report, "corrected" in late September into the 900 t extraction July really had',
  does: 'The Bayan Obo miner files its July 2025 report on 08-05 with a single entry: a 0.2 t moisture count difference on its June concentrate stock. Its real July output, 900 t of concentrate extracted on 07-18, it keeps off the books while it waits to see whether the group will lend it quota. On 09-25 it files a "correction" of that count entry whose replacement is the extraction of 07-18: the late extraction enters the ledger as a fix of an on-time report, not as a report seven weeks late.',
  expect: 'A July extraction first recorded on 25 September, past the 10 August deadline, whatever the document calls itself: the correction, the extraction\'s lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.adjust(r.miner, 'adj-2507-01', at('2025-07-31', '18:00'), june.concentrate.split(':')[1]!, -tonnes(0.2), 'month-end stock count: moisture loss'),
    ]);
    const replacement = s.extract(r.miner, 'cor-2509-01', at('2025-07-18'), r.mine, { id: 'BC-2507-02', product: 'concentrate-bayan-obo', massGrams: tonnes(900) });
    w.record(r.miner, at('2025-09-25', '15:00'), [
      s.correct('cor-2509-01', at('2025-09-25', '14:00'), 'adj-2507-01', 'July entry replaced: it should have recorded the extraction of 07-18', replacement),
    ]);
    return {
      world: w,
      find: { events: [r.miner.event('cor-2509-01')], lots: [r.miner.lot('BC-2507-02')], parties: [r.miner.id] },
    };
  },
});
