import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-80',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'The recycler "collects" grinding sludge from the Ningbo magnet maker, named by its credit code, that the magnet maker still holds',
  does: 'The Ningbo magnet maker sinters its June NdPr metal on 07-04 and keeps the 18 t of grinding sludge in its yard, as its July report shows. On 07-16 the Ganzhou recycler books a collection of 18 t of NdFeB sludge "from" the Ningbo magnet maker, naming it by its credit code as the supplier, at the grade the magnet maker\'s sludge would have. The sludge it really took in came from an unregistered magnet workshop running on smuggled metal; the Ningbo name makes it look like chain scrap. It leaches the lot on 07-20 into NdPr oxide. Everyone reports on time.',
  expect: 'A leg of the chain that never happened: scrap taken in from a registered party that recorded no shipment and still holds its sludge, the same material counted twice. The collection, its lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const metalGrams = tonnes(20);
    const { magnets, swarf } = sinter(s.share(june.metalShipment, metalGrams), '2507');
    w.record(r.magnets, at('2025-08-06', '11:00'), [
      s.process(r.magnets, 'sin-2507-01', at('2025-07-04'), [{ lot: june.metalShipment, massGrams: metalGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, jet milling, pressing, sintering, grinding' }),
    ]);
    const collected = { id: 'GZ-2507-C01', product: 'scrap-ndfeb-swarf', massGrams: swarf.massGrams, composition: { ...swarf.composition! } };
    const collect = s.collect(r.recycler, 'col-2507-01', at('2025-07-16', '10:00'), collected, { name: '宁波北仑磁业有限公司', id: r.magnets.id }, r.recyclingPlant);
    const recovered = scale(collected.composition, 0.95);
    const oxide = { id: 'GZ-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(recovered), composition: recovered };
    w.record(r.recycler, at('2025-08-07', '10:00'), [
      collect,
      s.process(r.recycler, 'lch-2507-01', at('2025-07-20'), [{ lot: collected.id, massGrams: collected.massGrams }], [oxide], { facility: r.recyclingPlant, note: 'oxidising roast, hydrochloric leach, solvent extraction' }),
    ]);
    return {
      world: w,
      find: { events: [r.recycler.event('col-2507-01')], lots: [r.recycler.lot(collected.id)], parties: [r.recycler.id] },
    };
  },
});
