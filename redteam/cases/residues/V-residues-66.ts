import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-66',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A water-leach residue booked with next to no rare earths, its share re-leached off the books before it goes to the store',
  does: 'The Baotou separator receives 1,000 t of July concentrate (2025-07-11) and separates it on 07-20 at 95 %, booking the usual 450 t of water-leach residue but with a composition of 1.5 kg of lanthanum and cerium (3 ppm), where a residue of acid-roasted Bayan Obo concentrate holds about 1 % rare earths, some 5 t. Before the residue leaves, a night shift re-leaches it in a spare tank and sells the liquor as mixed chloride for cash; the residue goes to the licensed store on 07-24 as booked. Reported on 6 August.',
  expect: 'A thorium-bearing leach residue that carries almost none of what such residues carry, and a separation whose unrecovered rare earths are in no lot: the residue lot and the separation.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const residueGrams = residueGramsFor(shippedGrams);
    const plan = separate(s.share(feed, shippedGrams), 'SEP-2507');
    const residue = { id: 'SEP-2507-RES', product: 'slag-water-leach-residue', massGrams: residueGrams, composition: { La: 500, Ce: 1_000 } };
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], [...plan.outputs, residue], { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residueGrams, '2507');
    return { world: w, find: { lots: [r.separator.lot(residue.id)], events: [r.separator.event('sep-2507-01')] } };
  },
});
