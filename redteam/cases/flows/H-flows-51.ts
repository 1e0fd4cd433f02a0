import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-51',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide dispatched on the last evening of each month, in transit at every month end',
  does: 'The separator\'s dispatch office clears its outbound bay on the last evening of each month. On 2025-07-31, 08-31 and 09-30, at 20:00, it sends 10 t of NdPr oxide from its June lot to the metal smelter across town; each truck is weighed in at the smelter at 08:00 the next morning (08-01, 09-01, 10-01), and each consignment is electrolysed within the week. So at every month end 10 t is on the road. Each consignment is a new lot, goes one way only, and becomes metal; none comes back. Everyone reports each month on time.',
  expect: 'Nothing: goods in transit over a month end are ordinary logistics; every consignment moves once, from separator to smelter, is received in full and is processed.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(10);
    const runs: [string, string, string, string, string, string][] = [
      // ship day, receive day, electrolysis day, shipper's report, receiver's report, tag
      ['2025-07-31', '2025-08-01', '2025-08-05', '2025-08-06', '2025-09-07', 'M1'],
      ['2025-08-31', '2025-09-01', '2025-09-04', '2025-09-06', '2025-10-07', 'M2'],
      ['2025-09-30', '2025-10-01', '2025-10-06', '2025-10-06', '2025-11-07', 'M3'],
    ];
    for (const [shipDay, receiveDay, meltDay, shipReport, receiveReport, tag] of runs) {
      const shipment = `SEP-2506-NDPR-${tag}`;
      w.record(r.separator, at(shipReport, '11:00'), [s.ship(r.separator, `shp-ndpr-${tag}`, at(shipDay, '20:00'), 'SEP-2506-NDPR', grams, r.smelter, shipment, 'month-end dispatch')]);
      const lot = r.separator.lot(shipment);
      const metal = smelt(s.share(lot, grams), `MET-NDPR-${tag}`, 'metal-ndpr');
      w.record(r.smelter, at(receiveReport, '11:00'), [
        s.receive(r.smelter, `rcv-ndpr-${tag}`, at(receiveDay, '08:00'), lot, grams),
        s.process(r.smelter, `met-ndpr-${tag}`, at(meltDay), [{ lot, massGrams: grams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
      ]);
    }
    return { world: w, find: {} };
  },
});
