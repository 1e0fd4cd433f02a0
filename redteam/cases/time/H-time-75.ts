import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separateShipment } from '../../lib/round7.ts';

export default defineCase({
  id: 'H-time-75',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A miner files its June report at 18:00 on 30 June, before the month is over',
  does: 'The Dongshan miner\'s June 2025 business is done by the 10th (1,200 t of concentrate on 06-03, 1,000 t shipped to the separator on 06-10) and the pit is closed for maintenance for the rest of the month, so its clerk files the June report at 18:00 on 06-30, before the month ends. The separator separates the feed as usual and reports on 07-06.',
  expect: 'Nothing: a report filed early, after every event it holds; the law sets a deadline, not a first day.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const shipped = tonnes(1_000);
    w.record(r.miner, at('2025-06-30', '18:00'), [
      s.extract(r.miner, 'ext-2506-01', at('2025-06-03'), r.mine, { id: 'BC-2506-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_200) }),
      s.ship(r.miner, 'shp-2506-01', at('2025-06-10', '14:30'), 'BC-2506-01', shipped, r.separator, 'BC-2506-01-S1', 'rail wagons 4471–4490'),
    ]);
    separateShipment(ctx, '2025-06', r.miner.lot('BC-2506-01-S1'), shipped, '2506');
    return { world: w, find: {} };
  },
});
