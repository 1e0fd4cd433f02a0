import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-01',
  family: 'identity',
  violation: false,
  heldOut: false,
  title: 'A magnet maker\'s own swarf goes back to a licensed recycler',
  does: 'In July the magnet maker sinters the 20 t of NdPr metal it received in June into magnets; the grinding swarf (a fifth of the rare earths, at 22 % RE) is shipped to the Ganzhou recycler, which separates it into NdPr oxide at 95 % and sends its leach residue to the licensed disposer.',
  expect: 'Nothing: true pre-consumer scrap, traced to its maker, at scrap grade, recycled within recovery norms.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2507-01');
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      s.process(r.magnets, 'mag-2507-01', at('2025-07-10'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, HD, jet milling, pressing, sintering, grinding' }),
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-18'), swarf.id, swarf.massGrams, r.recycler),
    ]);
    const scrap = r.magnets.lot(swarf.id);
    const ndpr = pick(scale(s.lot(scrap).composition, 0.95), ['Pr', 'Nd']);
    const residueGrams = Math.round(swarf.massGrams * 0.7);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-20'), scrap, swarf.massGrams),
      s.process(r.recycler, 'rec-2507-01', at('2025-07-24'), [{ lot: scrap, massGrams: swarf.massGrams }], [
        { id: 'RO-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: typical('slag-recycling-residue', residueGrams) },
      ], { facility: r.recyclingPlant }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-28'), 'RO-2507-RES', residueGrams, r.disposer),
    ]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-rres', at('2025-07-29'), r.recycler.lot('RO-2507-RES'), residueGrams),
      s.dispose(r.disposer, 'dsp-2507-rres', at('2025-07-30'), r.recycler.lot('RO-2507-RES'), residueGrams, 'landfill', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
