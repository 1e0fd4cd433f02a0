import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-71',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A separator files its July in three documents, the last at 21:30 on the 10th',
  does: 'The miner files its July on 08-01. The separator\'s new ERP system sends each module\'s month on its own: stores on 08-02 (the receipt of 07-11), production on 08-05 once the laboratory has signed off the assays (the 07-20 campaign and the residue shipment of 07-24), and sales at 21:30 on 08-10, after the sales office has matched invoices: 40 t of NdPr oxide that left on the night train at 22:00 on 07-31 and reached the Beijing trader on 08-02. Everything of July is in by the 10th; the trader reports the receipt with August.',
  expect: 'Nothing: a month may be reported in several documents; each of July\'s events is recorded by 08-10, Beijing time.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    // The miner files its July early, on 08-01.
    const shippedGrams = tonnes(1_000);
    w.record(r.miner, at('2025-08-01', '10:00'), [
      s.extract(r.miner, 'ext-2507-01', at(day(month, 3)), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_200) }),
      s.ship(r.miner, 'shp-2507-01', at(day(month, 10), '14:30'), 'BC-2507-01', shippedGrams, r.separator, 'BC-2507-01-S1', 'rail wagons 4471–4490'),
    ]);
    const feed = r.miner.lot('BC-2507-01-S1');
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    const ndpr = plan.byProduct['oxide-ndpr']!;
    w.record(r.separator, at('2025-08-02', '09:00'), [s.receive(r.separator, 'rcv-2507-01', at(day(month, 11), '09:00'), feed, shippedGrams)]);
    w.record(r.separator, at('2025-08-05', '16:00'), [
      s.process(r.separator, 'sep-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant }),
      s.ship(r.separator, 'shp-2507-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2507');
    const sold = tonnes(40);
    w.record(r.separator, at('2025-08-10', '21:30'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-31', '22:00'), ndpr.id, sold, r.trader, `${ndpr.id}-T1`, 'night train K1180')]);
    w.record(r.trader, reportTime('2025-08', 5), [s.receive(r.trader, 'rcv-2508-01', at('2025-08-02', '07:30'), r.separator.lot(`${ndpr.id}-T1`), sold)]);
    return { world: w, find: {} };
  },
});
