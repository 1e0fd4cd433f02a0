import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-80',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A trader\'s "re-bagging" turns 30 t of lanthanum oxide into 30 t of NdPr oxide',
  does: 'The Beijing trader buys 30 t of lanthanum oxide (about ¥4/kg) from the Baotou separator (shipped 07-03, received 07-04). In its warehouse it holds 30 t of NdPr oxide bought off the books from an unlicensed line. On 07-09 it records a "re-bagging and sieving" of the lanthanum lot into a new 30 t lot it books as NdPr oxide, 99 % REO at Pr:Nd 25:75 (about ¥440/kg), and sells it to the Baotou metal smelter (shipped 07-14, received 07-15). The lanthanum oxide is sold for cash to a polishing-powder works. Everyone reports July by the 8th of August.',
  expect: 'A process that consumes lanthanum and puts out praseodymium and neodymium it was never fed, at a party that separates nothing: the trader\'s re-bagging, its output lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    const la = sell(ctx, r.separator, r.trader, {
      lot: 'SEP-2506-LA', grams, shipmentLot: 'SEP-2506-LA-T1', shipId: 'shp-2507-la', receiveId: 'rcv-2507-la',
      shippedAt: at('2025-07-03'), receivedAt: at('2025-07-04', '15:00'), sellerRecordsAt: at('2025-08-06', '11:00'), buyerRecordsAt: at('2025-08-07', '10:00'),
    });
    const ndpr = typical('oxide-ndpr', grams);
    const out = { id: 'BJ-2507-NDPR-01', product: 'oxide-ndpr', massGrams: Math.max(grams, oxideMass(ndpr)), composition: ndpr };
    w.record(r.trader, at('2025-08-07', '10:30'), [
      s.process(r.trader, 'rebag-2507-01', at('2025-07-09', '14:00'), [{ lot: la, massGrams: grams }], [out], { note: 're-bagged into 1 t jumbo bags, sieved through 40 mesh' }),
      s.ship(r.trader, 'shp-2507-ndpr', at('2025-07-14'), out.id, out.massGrams, r.smelter),
    ]);
    w.record(r.smelter, at('2025-08-08', '11:00'), [s.receive(r.smelter, 'rcv-2507-bj', at('2025-07-15', '16:00'), r.trader.lot(out.id), out.massGrams)]);
    return {
      world: w,
      find: { events: [r.trader.event('rebag-2507-01')], lots: [r.trader.lot(out.id)], parties: [r.trader.id] },
    };
  },
});
