import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-30',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A late-July extraction left out of the July report and slipped in with September\'s',
  does: 'The miner\'s July 2025 report, filed on time on 08-05, shows 1,000 t of concentrate extracted on 07-03 and shipped to the separator. A second extraction, 450 t on 07-27, is left out: July was already above the group\'s monthly production plan. The 450 t wait in the yard; on 2025-09-18 the miner records the 07-27 extraction together with its September shipment of the lot to the separator (09-12), in the document that carries its September data. Every event is dated truly; only the July extraction is recorded seven weeks after July\'s deadline.',
  expect: 'A July event first recorded on 09-18, after the 08-10 deadline, while the rest of July was reported on time: a month reported in part; the late extraction, its lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-01', at('2025-07-03'), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_000) }),
      s.ship(r.miner, 'shp-2507-01', at('2025-07-10', '14:30'), 'BC-2507-01', tonnes(1_000), r.separator),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), r.miner.lot('BC-2507-01'), tonnes(1_000))]);
    w.record(r.miner, at('2025-09-18', '16:00'), [
      s.extract(r.miner, 'ext-2507-02', at('2025-07-27'), r.mine, { id: 'BC-2507-02', product: 'concentrate-bayan-obo', massGrams: tonnes(450) }),
      s.ship(r.miner, 'shp-2509-01', at('2025-09-12', '14:30'), 'BC-2507-02', tonnes(450), r.separator),
    ]);
    w.record(r.separator, at('2025-10-06', '10:00'), [s.receive(r.separator, 'rcv-2509-01', at('2025-09-13', '09:00'), r.miner.lot('BC-2507-02'), tonnes(450))]);
    return { world: w, find: { events: [r.miner.event('ext-2507-02')], lots: [r.miner.lot('BC-2507-02')], parties: [r.miner.id] } };
  },
});
