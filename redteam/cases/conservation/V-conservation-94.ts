import { defineCase } from '../../lib/case.ts';
import { at, reo } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-94',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'NdPr oxide booked 10 % lighter than the oxide its own Pr and Nd make: the extra drums sold off the books',
  does: 'The Baotou separator separates July\'s 1,000 t of Bayan Obo concentrate on 2025-07-20 at 95 %. Every figure is honest but one: the NdPr oxide lot is booked at the weight its Pr and Nd would make at 110 % REO, about 10 t light. The element figures still balance; the 10 t of oxide (one drum in ten) are weighed out of the warehouse by a trusted forklift driver and sold to a private workshop.',
  expect: 'An oxide lot whose rare earth oxide weighs more than the lot: the campaign, the NdPr lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const residueGrams = residueGramsFor(shippedGrams);
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGrams } });
    const ndpr = plan.byProduct['oxide-ndpr']!;
    ndpr.massGrams = Math.ceil(reo(ndpr.composition!) / 1.1);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), 'SEP-2507-RES', residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot('SEP-2507-RES'), residueGrams, '2507');
    return {
      world: w,
      find: { events: [r.separator.event('sep-2507-01')], lots: [r.separator.lot('SEP-2507-NDPR')], parties: [r.separator.id] },
    };
  },
});
