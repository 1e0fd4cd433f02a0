import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-flows-58',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'A separator with a full feed yard sells 300 t of the Bayan Obo concentrate it received on to the Ganzhou recycler',
  does: 'The Baotou separator receives the miner\'s July train of 1,000 t of concentrate on 2025-07-11, separates 700 t on 07-20 and, its yard full, sells the other 300 t on 07-22 to the Ganzhou magnet-scrap recycler, which has spare leach capacity (received 07-25). The recycler leaches it on 07-29 into oxides at 90 %, its acid-leach residue left in its own yard. All is reported on time in August.',
  expect: 'A recycler buying and processing a mineral product, which the quota notices forbid (recycling enterprises may not buy or process ore or concentrate): the separator\'s sale, the recycler\'s receipt and leach, and the concentrate lot.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const run = tonnes(700);
    const sold = shippedGrams - run;
    const plan = separate(s.share(feed, run), 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(run) } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: run }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-cc', at('2025-07-22', '10:00'), feed, sold, r.recycler, 'BC-2507-FW', 'surplus feed, yard full'),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    const cc = r.separator.lot('BC-2507-FW');
    const leach = separate(s.share(cc, sold), 'RC-2507', { recovery: 0.9, residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(sold) } });
    w.record(r.recycler, at('2025-08-06', '11:00'), [
      s.receive(r.recycler, 'rcv-2507-cc', at('2025-07-25', '09:00'), cc, sold),
      s.process(r.recycler, 'rec-2507-cc', at('2025-07-29'), [{ lot: cc, massGrams: sold }], leach.outputs, { facility: r.recyclingPlant, note: 'HCl leach on the scrap line' }),
    ]);
    return { world: w, find: { events: [r.separator.event('shp-2507-cc'), r.recycler.event('rcv-2507-cc'), r.recycler.event('rec-2507-cc')], lots: [cc] } };
  },
});
