import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-21',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Closed-loop recycling: the magnet maker\'s swarf comes back to it as metal',
  does: 'In July 2025 the Ningbo magnet maker sinters the 20 t of NdPr metal it bought in June and ships its grinding swarf to the Ganzhou recycler, which recovers 95 % of the rare earths as NdPr oxide, sends its leach residue to the licensed disposer, and sells the NdPr oxide to the metal smelter that made the original metal. The smelter reduces it and sells the metal back to the magnet maker in August: the rare earths return, twice transformed, to two parties they passed through.',
  expect: 'Nothing: a material loop through recycling, each step a real transformation by a licensed party (sintering, recycling, smelting), with the rare earths less at each turn.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2507-01');
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      s.process(r.magnets, 'mag-2507-01', at('2025-07-08'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant }),
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-15'), swarf.id, swarf.massGrams, r.recycler),
    ]);
    const swarfLot = r.magnets.lot(swarf.id);
    const held = s.lot(swarfLot).composition;
    const recovered = scale(held, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Tb', 'Dy']);
    const residueGrams = Math.round(swarf.massGrams * 0.7);
    const residue = { id: 'RO-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: scale(held, 0.02) };
    const ndprOxide = { id: 'RO-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr };
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-16'), swarfLot, swarf.massGrams),
      s.process(r.recycler, 'rec-2507-sw', at('2025-07-25'), [{ lot: swarfLot, massGrams: swarf.massGrams }], [
        ndprOxide,
        ...(Object.keys(heavy).length === 0 ? [] : [{ id: 'RO-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy }]),
        residue,
      ], { facility: r.recyclingPlant, note: 'oxidising roast, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-25'), residue.id, residueGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot(residue.id), residueGrams, '2507r');
    w.record(r.recycler, at('2025-09-05', '10:00'), [s.ship(r.recycler, 'shp-2508-ndpr', at('2025-08-05'), ndprOxide.id, ndprOxide.massGrams, r.smelter)]);
    const recycledOxide = r.recycler.lot(ndprOxide.id);
    const metal = smelt(s.lot(recycledOxide).composition, 'MET-2508-R1', 'metal-ndpr');
    w.record(r.smelter, at('2025-09-06', '10:00'), [
      s.receive(r.smelter, 'rcv-2508-ndpr', at('2025-08-06'), recycledOxide, ndprOxide.massGrams),
      s.process(r.smelter, 'met-2508-r1', at('2025-08-12'), [{ lot: recycledOxide, massGrams: ndprOxide.massGrams }], [metal], { facility: r.metalPlant, note: 'recycled NdPr oxide feed' }),
      s.ship(r.smelter, 'shp-2508-r1', at('2025-08-20'), metal.id, metal.massGrams, r.magnets),
    ]);
    w.record(r.magnets, at('2025-09-07', '10:00'), [s.receive(r.magnets, 'rcv-2508-r1', at('2025-08-21'), r.smelter.lot(metal.id), metal.massGrams)]);
    return { world: w, find: {} };
  },
});
