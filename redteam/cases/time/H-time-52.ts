import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-52',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A shipment booked to the wrong customer, corrected the next morning before the truck arrives',
  does: 'On the afternoon of 2025-07-08 the separator\'s dispatch clerk records 20 t of NdPr oxide leaving for the Beijing trader; the trucks are in fact bound for the metal smelter across town, and the clerk, who picked the wrong customer code, sends the day\'s dispatches at 18:00. At 09:00 on 07-09 the sales office catches it and files a correction: the same shipment, same time, to the metal smelter, under a new shipment lot id. The smelter weighs the trucks in at 11:00 on 07-09 and records the receipt with its July report. Nobody ever recorded a receipt of the mistaken shipment.',
  expect: 'Nothing: the correction is filed within a day, inside the month and long before its deadline, and only re-addresses a shipment still in transit; the oxide is received in full by the party it was really sent to.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    w.record(r.separator, at('2025-07-08', '18:00'), [s.ship(r.separator, 'shp-2507-d1', at('2025-07-08', '15:30'), 'SEP-2506-NDPR', grams, r.trader, 'SEP-2506-NDPR-D1', 'trucks 蒙B·3J417, 蒙B·3J452')]);
    // A lot id is never reused, even for a voided lot: the replacement names a new shipment lot.
    const replacement = s.ship(r.separator, 'cor-2507-d1', at('2025-07-08', '15:30'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-D1C', 'trucks 蒙B·3J417, 蒙B·3J452');
    w.record(r.separator, at('2025-07-09', '09:00'), [s.correct('cor-2507-d1', at('2025-07-09', '09:00'), 'shp-2507-d1', 'wrong customer code picked at dispatch: consignee is the metal smelter', replacement)]);
    w.record(r.smelter, at('2025-08-07', '11:00'), [s.receive(r.smelter, 'rcv-2507-d1', at('2025-07-09', '11:00'), r.separator.lot('SEP-2506-NDPR-D1C'), grams, 'weighbridge 2')]);
    return { world: w, find: {} };
  },
});
