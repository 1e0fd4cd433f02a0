import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-32',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Toll separation: a trader\'s concentrate separated and every oxide handed back to it',
  does: 'The Beijing trader buys 800 t of Bayan Obo concentrate from the miner in July 2025 and consigns it to the Baotou separator, which separates it on 07-20 within its licence and allocation, keeps the thorium-bearing residue for the disposer, and on 07-25 ships every oxide the run made (NdPr, La, Ce, the Sm-Eu-Gd and heavy concentrates) back to the trader, charging a processing fee of ¥3,800 per tonne of concentrate. The trader sells the NdPr oxide to the metal smelter in August.',
  expect: 'Toll processing, which the quota notices ban: the separator separates feed it never owns and returns the whole output to the party that supplied it; the return shipments, the separator and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2507', minedTonnes: 900, shippedTonnes: 800, to: r.trader });
    w.record(r.trader, at('2025-08-05', '11:00'), [
      s.receive(r.trader, 'rcv-2507-bc', at(day(month, 11), '09:00'), feed, shippedGrams),
      s.ship(r.trader, 'shp-2507-bc', at(day(month, 12)), feed, shippedGrams, r.separator, undefined, 'consigned for processing, contract BJZ-TP-2507'),
    ]);
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    const products = plan.outputs.filter((o) => o !== residue);
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2507-01', at(day(month, 13), '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'processing for BJZ under contract BJZ-TP-2507, fee ¥3,800/t concentrate' }),
      ...products.map((o, i) => s.ship(r.separator, `shp-2507-tp${i + 1}`, at(day(month, 25)), o.id, o.massGrams, r.trader, undefined, 'returned to the consignor, contract BJZ-TP-2507')),
      s.ship(r.separator, 'shp-2507-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2507');
    w.record(r.trader, reportTime(month, 7), products.map((o, i) => s.receive(r.trader, `rcv-2507-tp${i + 1}`, at(day(month, 26)), r.separator.lot(o.id), o.massGrams)));
    const ndpr = plan.byProduct['oxide-ndpr']!;
    w.record(r.trader, reportTime('2025-08', 7), [s.ship(r.trader, 'shp-2508-ndpr', at('2025-08-04'), r.separator.lot(ndpr.id), tonnes(30), r.smelter, 'BJZ-2508-NDPR-S1')]);
    w.record(r.smelter, reportTime('2025-08', 7), [s.receive(r.smelter, 'rcv-2508-ndpr', at('2025-08-05'), r.trader.lot('BJZ-2508-NDPR-S1'), tonnes(30))]);
    return {
      world: w,
      find: {
        events: products.map((_, i) => r.separator.event(`shp-2507-tp${i + 1}`)).concat([r.separator.event('sep-2507-01')]),
        parties: [r.separator.id, r.trader.id],
      },
    };
  },
});
