import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-78',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A trading company deregistered on 1 August sells on, its 12 August sale dated 31 July',
  does: 'The Beijing trader buys 20 t of NdPr oxide from the Baotou separator (shipped 2025-07-10, received 07-11) and sells 10 t to the Baotou smelter on 07-25. It is deregistered from 08-01 (its business merged into a Hong Kong-owned company) with 10 t still in its warehouse. It files its July on 08-07; on 08-12 it sells the remaining 10 t to the Ningbo magnet maker and, since a deregistered company may record nothing after its deregistration, files the sale in a second July document dated 07-31 at 17:00. The oxide reaches Ningbo on 08-13: thirteen days for a two-day truck journey.',
  expect: 'A sale dated into the seller\'s active period but made after its deregistration, betrayed by the buyer\'s receipt: the backdated shipment, its lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    w.amendParty(r.trader, { status: 'deregistered', since: '2025-08-01T00:00:00+08:00' });
    const bought = tonnes(20);
    const half = tonnes(10);
    w.record(r.separator, reportTime('2025-07', 6), [
      s.ship(r.separator, 'shp-2507-tr', at('2025-07-10'), june.ndprOxide.split(':')[1]!, bought, r.trader, 'SEP-2506-NDPR-T1', 'truck to Beijing'),
    ]);
    const lot = r.separator.lot('SEP-2506-NDPR-T1');
    w.record(r.trader, at('2025-08-07', '10:00'), [
      s.receive(r.trader, 'rcv-2507-01', at('2025-07-11'), lot, bought),
      s.ship(r.trader, 'shp-2507-01', at('2025-07-25'), lot, half, r.smelter, 'ZGC-2507-01'),
    ]);
    w.record(r.smelter, at('2025-08-08', '10:00'), [s.receive(r.smelter, 'rcv-2507-zgc', at('2025-07-26'), r.trader.lot('ZGC-2507-01'), half)]);
    w.record(r.trader, at('2025-08-12', '16:00'), [
      s.ship(r.trader, 'shp-2507-02', at('2025-07-31', '17:00'), lot, half, r.magnets, 'ZGC-2507-02', 'supplement to the July report'),
    ]);
    w.record(r.magnets, at('2025-08-20', '10:00'), [s.receive(r.magnets, 'rcv-2508-zgc', at('2025-08-13'), r.trader.lot('ZGC-2507-02'), half)]);
    return {
      world: w,
      find: { events: [r.trader.event('shp-2507-02')], lots: [r.trader.lot('ZGC-2507-02')], parties: [r.trader.id] },
    };
  },
});
