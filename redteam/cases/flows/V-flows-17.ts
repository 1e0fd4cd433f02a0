// No figures beyond the baseline's: one 25 t lot of NdPr oxide sold round four parties.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { guangzhou, hohhotTrader, on } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-flows-17',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'One 25 t lot of NdPr oxide goes Baotou → Beijing → Guangzhou → Hohhot → Baotou in twelve days and is sold again: a circular trade for bank credit',
  does: 'To show turnover to its banks, the Baotou separator sells 25 t of June NdPr oxide to the Beijing trader on 2025-07-02; the trader sells it on to a Guangzhou house (07-05), which sells it to a Hohhot trading company (07-09), which sells it back to the separator (07-13), each leg invoiced a little dearer and financed by a letter of credit. The separator receives its own oxide back on 07-14 and on 07-16 sells the same lot to the Beijing trader again. The drums never leave the Baotou warehouse; every receipt is booked the day after or so. Everyone reports July on time.',
  expect: 'A lot that comes back to the party that made it through three traders within two weeks, and is sold again: the lot, the separator\'s receipt of its own oxide and the last sale back.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const gz = guangzhou(ctx);
    const hh = hohhotTrader(ctx);
    const grams = tonnes(25);
    const lot = r.separator.lot('SEP-2506-NDPR-C1');
    w.record(r.separator, on('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-r28-c1', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.trader, 'SEP-2506-NDPR-C1', 'contract BT-BJ-0702, letter of credit'),
    ]);
    w.record(r.trader, on('2025-08-06', '12:00'), [
      s.receive(r.trader, 'rcv-r28-c1', at('2025-07-03'), lot, grams),
      s.ship(r.trader, 'shp-r28-c2', at('2025-07-05'), lot, grams, gz, undefined, 'contract BJ-GZ-0705'),
    ]);
    w.record(gz, on('2025-08-06', '13:00'), [
      s.receive(gz, 'rcv-r28-c2', at('2025-07-07'), lot, grams),
      s.ship(gz, 'shp-r28-c3', at('2025-07-09'), lot, grams, hh, undefined, 'contract GZ-HH-0709'),
    ]);
    w.record(hh, on('2025-08-06', '14:00'), [
      s.receive(hh, 'rcv-r28-c3', at('2025-07-11'), lot, grams),
      s.ship(hh, 'shp-r28-c4', at('2025-07-13'), lot, grams, r.separator, undefined, 'contract HH-BT-0713'),
    ]);
    w.record(r.separator, on('2025-08-06', '15:00'), [
      s.receive(r.separator, 'rcv-r28-c4', at('2025-07-14'), lot, grams),
      s.ship(r.separator, 'shp-r28-c5', at('2025-07-16'), lot, grams, r.trader, undefined, 'contract BT-BJ-0716, letter of credit'),
    ]);
    w.record(r.trader, on('2025-08-07'), [s.receive(r.trader, 'rcv-r28-c5', at('2025-07-17'), lot, grams)]);
    return {
      world: w,
      find: { lots: [lot], events: [r.separator.event('rcv-r28-c4'), hh.event('shp-r28-c4'), r.separator.event('shp-r28-c5')] },
    };
  },
});
