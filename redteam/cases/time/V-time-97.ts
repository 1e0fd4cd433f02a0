import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { sale } from '../../lib/round18.ts';

export default defineCase({
  id: 'V-time-97',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A half-year stock-count surplus of 6 t of NdPr oxide filed on 14 October, dated 30 June',
  does: 'The separator reported June on 2025-07-06 with no count difference. On 2025-10-14, three months after the half-year books were closed and audited, it files an "adjustment from the 30 June stock count": 6 t more NdPr oxide on its June lot, with an NdPr oxide composition. Two days later it sells 20 t from that lot to the metal smelter. The 6 t are oxide bought for cash from an unlicensed workshop in September; dating the surplus into a closed half-year keeps it out of September\'s balance.',
  expect: 'A positive adjustment recorded more than three months after the date it claims, long past the 10th-of-the-month deadline, that adds oxide to the books; the adjustment, the lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = honestMonth(ctx, '2025-06');
    const local = month.ndprOxide.split(':')[1]!;
    const extra = { ...s.share(month.ndprOxide, tonnes(6)) };
    const adjust = s.adjust(r.separator, 'adj-2506-ndpr-count', at('2025-06-30', '18:00'), local, tonnes(6), 'half-year stock count 30 June: surplus on the NdPr oxide bays', extra);
    const sold = sale(ctx, r.separator, r.smelter, local, tonnes(20), `${local}-S2`, '2510-ndpr', at('2025-10-16', '09:00'), at('2025-10-17', '10:00'));
    w.record(r.separator, at('2025-10-14', '16:00'), [adjust]);
    w.record(r.separator, at('2025-11-06', '10:00'), [sold.ship]);
    w.record(r.smelter, at('2025-11-07', '10:00'), [sold.receive]);
    return {
      world: w,
      find: { events: [r.separator.event('adj-2506-ndpr-count')], lots: [month.ndprOxide], parties: [r.separator.id] },
    };
  },
});
