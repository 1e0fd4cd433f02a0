import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-78',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A trading company sells its last stock on 28 July, is deregistered from 1 August and files its July on 7 August',
  does: 'The Beijing trader buys 20 t of NdPr oxide from the Baotou separator (shipped 2025-07-10, received 07-11) and, winding up its rare earth business, sells all of it to the Baotou smelter on 07-28 (received 07-29). It is deregistered from 08-01 with nothing in stock, and files its July flow data on 08-07, before the deadline, as the law requires of the month it traded in.',
  expect: 'Nothing: every event is dated inside the company\'s active life, the report is on time, and a deregistered company may still report the months before its deregistration.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    w.amendParty(r.trader, { status: 'deregistered', since: '2025-08-01T00:00:00+08:00' });
    const bought = tonnes(20);
    w.record(r.separator, reportTime('2025-07', 6), [
      s.ship(r.separator, 'shp-2507-tr', at('2025-07-10'), june.ndprOxide.split(':')[1]!, bought, r.trader, 'SEP-2506-NDPR-T1', 'truck to Beijing'),
    ]);
    const lot = r.separator.lot('SEP-2506-NDPR-T1');
    w.record(r.trader, at('2025-08-07', '10:00'), [
      s.receive(r.trader, 'rcv-2507-01', at('2025-07-11'), lot, bought),
      s.ship(r.trader, 'shp-2507-01', at('2025-07-28'), lot, bought, r.smelter, undefined, 'last stock, business wound up'),
    ]);
    w.record(r.smelter, at('2025-08-08', '10:00'), [s.receive(r.smelter, 'rcv-2507-zgc', at('2025-07-29'), lot, bought)]);
    return { world: w, find: {} };
  },
});
