import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-48',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A June "weighing error" write-off of 3 t of NdPr metal, entered in November after the metal was sold off the books',
  does: 'The Baotou metal smelter sells 3 t of NdPr metal from its June melt for cash to an unrecorded buyer in October. When the group\'s auditors schedule a stock count, it files on 2025-11-20 an adjustment dated 2025-06-30 taking 3 t off the June metal lot, reason "month-end weighing error", so that the June books, long since filed, show the lower stock.',
  expect: 'A write-off backdated almost five months into a closed month: the adjustment, the metal lot and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    w.record(r.smelter, at('2025-11-20', '15:45'), [
      s.adjust(r.smelter, 'adj-2506-met', at('2025-06-30', '18:00'), lots.metal, -tonnes(3), 'month-end weighing error on the June melt'),
    ]);
    return { world: w, find: { events: [r.smelter.event('adj-2506-met')], lots: [lots.metal], parties: [r.smelter.id] } };
  },
});
