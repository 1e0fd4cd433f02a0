import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import type { Party } from '../../lib/world.ts';

export default defineCase({
  id: 'V-flows-51',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'NdPr oxide that is always on the road at month end: a three-house carousel, re-bagged at each stop',
  does: 'The Beijing trader buys 10 t of NdPr oxide from the separator on 2025-07-03 (received 07-04). From then on it never sits in anyone\'s month-end stock. The trader re-bags it on 07-28 and ships it on 07-30 to the Shanghai trading house (received 08-02); Shanghai re-bags it on 08-27 and ships it on 08-29 to a Tianjin trading company (received 09-01); Tianjin re-bags it on 09-26 and ships it on 09-29 back to the Beijing trader (received 10-02). Each leg is invoiced at a higher price, each house shows the oxide as sold at its month end, and the three houses use the invoices to draw trade-finance loans on the same 10 t three times. Each stop gives the oxide a new lot id. Everyone reports on time.',
  expect: 'A carousel across three parties back to its starting point, the same oxide re-lotted at each stop and in transit over every month end; the repacked lots, the shipments and the three houses.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const tianjin = w.party('tianjin-trader', { kind: 'enterprise', roles: ['trader'], nameZh: '天津滨海新区恒泰稀土贸易有限公司', nameEn: 'Tianjin Binhai Hengtai Rare Earth Trading Co.', region: '120000' });
    const grams = tonnes(10);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-cr', at('2025-07-03'), 'SEP-2506-NDPR', grams, r.trader, 'SEP-2506-NDPR-CR')]);
    let lot = r.separator.lot('SEP-2506-NDPR-CR');
    let receipt = s.receive(r.trader, 'rcv-2507-cr', at('2025-07-04'), lot, grams);
    const hops: [Party, Party, string, string, string, string, string][] = [
      // from, to, repack day, ship day, receive day, new lot id, from's report (its receipt, repack and shipment)
      [r.trader, r.exporter, '2025-07-28', '2025-07-30', '2025-08-02', 'ZGC-2507-CR1', '2025-08-08'],
      [r.exporter, tianjin, '2025-08-27', '2025-08-29', '2025-09-01', 'PJ-2508-CR2', '2025-09-08'],
      [tianjin, r.trader, '2025-09-26', '2025-09-29', '2025-10-02', 'HT-2509-CR3', '2025-10-08'],
    ];
    const repacked: string[] = [];
    const shipments: string[] = [];
    for (const [index, [from, to, packDay, shipDay, receiveDay, newId, fromReport]] of hops.entries()) {
      const n = index + 1;
      const composition = s.lot(lot).composition;
      w.record(from, at(fromReport, '09:00'), [
        receipt,
        s.process(from, `pak-cr${n}`, at(packDay), [{ lot, massGrams: grams }], [{ id: newId, product: 'oxide-ndpr', massGrams: grams, composition }], { note: 're-bagged into 500 kg bags with the house\'s own labels' }),
        s.ship(from, `shp-cr${n}`, at(shipDay, '16:00'), newId, grams, to, undefined, 'bonded truck'),
      ]);
      lot = from.lot(newId);
      receipt = s.receive(to, `rcv-cr${n}`, at(receiveDay, '10:00'), lot, grams);
      repacked.push(lot);
      shipments.push(from.event(`shp-cr${n}`));
    }
    w.record(r.trader, at('2025-11-07', '09:00'), [receipt]);
    return {
      world: w,
      find: { lots: repacked, events: shipments, parties: [r.trader.id, r.exporter.id, tianjin.id] },
    };
  },
});
