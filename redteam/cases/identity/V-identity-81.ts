import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-81',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'NdPr oxide cut with 15 % lanthanum oxide: the lot still assays 99 % REO',
  does: 'The Beijing trader buys 34 t of NdPr oxide and 6 t of lanthanum oxide from the Baotou separator (shipped 07-03, received 07-04). On 07-08 it blends them in its warehouse into one 40 t lot it sells as NdPr oxide, 99 % REO, to the Baotou metal smelter (shipped 07-12, received 07-13) at the NdPr price: lanthanum oxide costs about a hundredth as much, and a total-REO assay cannot tell them apart, only the distribution can. Everyone reports on time.',
  expect: 'A lot labelled NdPr oxide whose rare earths are 15 % lanthanum: its composition does not fit its label. The blending, the blended lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const ndprGrams = tonnes(34);
    const laGrams = tonnes(6);
    const common = { shippedAt: at('2025-07-03'), receivedAt: at('2025-07-04', '15:00'), sellerRecordsAt: at('2025-08-06', '11:00'), buyerRecordsAt: at('2025-08-07', '10:00') };
    const ndpr = sell(ctx, r.separator, r.trader, { ...common, lot: 'SEP-2506-NDPR', grams: ndprGrams, shipmentLot: 'SEP-2506-NDPR-T1', shipId: 'shp-2507-ndpr', receiveId: 'rcv-2507-ndpr' });
    const la = sell(ctx, r.separator, r.trader, { ...common, lot: 'SEP-2506-LA', grams: laGrams, shipmentLot: 'SEP-2506-LA-T1', shipId: 'shp-2507-la', receiveId: 'rcv-2507-la' });
    const blend = { id: 'BJ-2507-NDPR-B1', product: 'oxide-ndpr', massGrams: ndprGrams + laGrams, composition: add(s.lot(ndpr).composition, s.lot(la).composition) };
    w.record(r.trader, at('2025-08-07', '10:30'), [
      s.process(r.trader, 'bld-2507-01', at('2025-07-08'), [{ lot: ndpr, massGrams: ndprGrams }, { lot: la, massGrams: laGrams }], [blend], { note: 'homogenised and re-bagged, 1 t jumbo bags' }),
      s.ship(r.trader, 'shp-2507-b1', at('2025-07-12'), blend.id, blend.massGrams, r.smelter),
    ]);
    w.record(r.smelter, at('2025-08-08', '11:00'), [s.receive(r.smelter, 'rcv-2507-bj', at('2025-07-13', '16:00'), r.trader.lot(blend.id), blend.massGrams)]);
    return {
      world: w,
      find: { events: [r.trader.event('bld-2507-01')], lots: [r.trader.lot(blend.id)], parties: [r.trader.id] },
    };
  },
});
