import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-81',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Grinding sludge dried before leaching: 14 % of its weight is coolant, none of it rare earth',
  does: 'The Ningbo magnet maker sinters its 20 t of June NdPr metal on 07-04 and ships the grinding sludge to the Ganzhou recycler on 07-10 (received 07-11). Sludge arrives wet with water-based coolant; the recycler dries it in a rotary kiln on 07-14 before oxidising roasting, and books the dried sludge as a new lot 14 % lighter (an estimate of the coolant content) with every gram of rare earth kept. It leaches it on 07-18 at 97 % into NdPr oxide and a leach residue, which it sends to the licensed store on 07-22. Everyone reports on time.',
  expect: 'Nothing: the drying loses water, not rare earths; each element of the sludge is in the dried lot, and the leach balances within the recovery norm.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const metalGrams = tonnes(20);
    const { magnets, swarf } = sinter(s.share(june.metalShipment, metalGrams), '2507');
    w.record(r.magnets, at('2025-08-06', '11:00'), [
      s.process(r.magnets, 'sin-2507-01', at('2025-07-04'), [{ lot: june.metalShipment, massGrams: metalGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, jet milling, pressing, sintering, grinding' }),
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-10'), swarf.id, swarf.massGrams, r.recycler),
    ]);
    const wet = r.magnets.lot(swarf.id);
    const dried = { id: 'GZ-2507-SW-DRY', product: 'scrap-ndfeb-swarf', massGrams: Math.round(swarf.massGrams * 0.86), composition: { ...swarf.composition! } };
    const recovered = scale(dried.composition, 0.97);
    const oxide = { id: 'GZ-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(recovered), composition: recovered };
    // Iron oxide of the roasted sludge stays in the residue: about 0.9 t a tonne of dried sludge (an estimate).
    const residueGrams = Math.round(dried.massGrams * 0.9);
    const residue = { id: 'GZ-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: subtract(dried.composition, recovered) };
    w.record(r.recycler, at('2025-08-07', '09:00'), [
      s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-11', '10:00'), wet, swarf.massGrams),
      s.process(r.recycler, 'dry-2507-01', at('2025-07-14'), [{ lot: wet, massGrams: swarf.massGrams }], [dried], { facility: r.recyclingPlant, note: 'rotary-kiln drying: coolant water driven off' }),
      s.process(r.recycler, 'lch-2507-01', at('2025-07-18'), [{ lot: dried.id, massGrams: dried.massGrams }], [oxide, residue], { facility: r.recyclingPlant, note: 'oxidising roast, hydrochloric leach, solvent extraction, oxalate precipitation' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-22'), residue.id, residue.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: {} };
  },
});
