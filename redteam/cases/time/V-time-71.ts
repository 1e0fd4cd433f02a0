import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-71',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A token July report on the 9th, the month\'s real extraction filed on the 27th',
  does: 'The group reviews its members\' mining against the quota after the 10th of each month. In July 2025 the Bayan Obo miner runs a double shift on its east bench and extracts 1,800 t of concentrate. On 08-09, before the deadline, it files a July report holding one extraction, 300 t of 07-03; the two big extractions, 900 t of 07-15 and 600 t of 07-24, follow in a second document on 08-27, after the group\'s review. The concentrate stays stockpiled at the mine.',
  expect: 'Events of July first reported on 08-27, past the 10th: the two late extractions and the miner; a report on time for part of a month does not make the rest on time.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-08-09', '17:00'), [
      s.extract(r.miner, 'ext-2507-01', at('2025-07-03'), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(300) }),
    ]);
    w.record(r.miner, at('2025-08-27', '10:00'), [
      s.extract(r.miner, 'ext-2507-02', at('2025-07-15'), r.mine, { id: 'BC-2507-02', product: 'concentrate-bayan-obo', massGrams: tonnes(900) }, 'east bench, double shift'),
      s.extract(r.miner, 'ext-2507-03', at('2025-07-24'), r.mine, { id: 'BC-2507-03', product: 'concentrate-bayan-obo', massGrams: tonnes(600) }, 'east bench, double shift'),
    ]);
    return {
      world: w,
      find: { events: [r.miner.event('ext-2507-02'), r.miner.event('ext-2507-03')], lots: [r.miner.lot('BC-2507-02'), r.miner.lot('BC-2507-03')], parties: [r.miner.id] },
    };
  },
});
