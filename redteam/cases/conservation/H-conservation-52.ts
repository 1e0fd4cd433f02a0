import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-52',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A magnet works books its skull, fines and sludge as scrap and loses under 1 % in three steps',
  does: 'The Ningbo magnet maker received 20 t of NdPr metal from the Baotou smelter on 2025-06-29. Strip casting on 2025-07-03 puts 99.5 % of the rare earths into flakes and 0.4 % into crucible skull and dross, bagged as solid scrap (0.1 % lost as fume). Hydrogen decrepitation and jet milling on 07-07 keeps 99.6 %, 0.3 % caught as cyclone fines and drummed with the grinding sludge (0.1 % lost). Pressing, sintering and machining on 07-16 puts 76 % into sintered magnets and 23.3 % into grinding sludge and off-cuts (0.7 % lost). All the scrap, solid and sludge, goes to the Ganzhou recycler on 07-25. July is reported on the 8th of August.',
  expect: 'Nothing: every step\'s rare earths are in its products or its scrap but 0.1–0.7 %, under 1 % over the line, and all the scrap goes to a licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const metalGrams = tonnes(20);
    const metal = s.lot(june.metalShipment).composition;
    const strip = scale(metal, 0.995);
    const skull = scale(metal, 0.004);
    const stripLot = { id: 'SC-2507-01', product: 'alloy-ndfeb-strip', massGrams: massAtShare(strip, 0.3), composition: strip };
    const skullLot = { id: 'SK-2507-01', product: 'scrap-ndfeb-solid', massGrams: massAtShare(skull, 0.3), composition: skull };
    const cast = s.process(r.magnets, 'cast-2507-01', at('2025-07-03'), [{ lot: june.metalShipment, massGrams: metalGrams }], [stripLot, skullLot], { facility: r.magnetPlant, note: 'vacuum induction melting and strip casting; skull and dross bagged' });
    const powder = scale(strip, 0.996);
    const fines = scale(strip, 0.003);
    const powderLot = { id: 'PW-2507-01', product: 'alloy-ndfeb-strip', massGrams: massAtShare(powder, 0.3), composition: powder };
    const finesLot = { id: 'FN-2507-01', product: 'scrap-ndfeb-swarf', massGrams: massAtShare(fines, 0.22), composition: fines };
    const mill = s.process(r.magnets, 'mill-2507-01', at('2025-07-07'), [{ lot: stripLot.id, massGrams: stripLot.massGrams }], [powderLot, finesLot], { facility: r.magnetPlant, note: 'hydrogen decrepitation and jet milling; cyclone fines drummed' });
    const magnets = scale(powder, 0.76);
    const sludge = scale(subtract(powder, magnets), 0.233 / 0.24);
    const magnetLot = { id: 'MG-2507-01', product: 'magnet-ndfeb-sintered', massGrams: massAtShare(magnets, 0.3), composition: magnets };
    const sludgeLot = { id: 'SW-2507-01', product: 'scrap-ndfeb-swarf', massGrams: massAtShare(sludge, 0.22), composition: sludge };
    const sinter = s.process(r.magnets, 'sint-2507-01', at('2025-07-16'), [{ lot: powderLot.id, massGrams: powderLot.massGrams }], [magnetLot, sludgeLot], { facility: r.magnetPlant, note: 'pressing in field, sintering, slicing and grinding' });
    // The fines go into the sludge drums: one scrap lot of sludge, one of skull.
    const drums = add(sludge, fines);
    const drumsLot = { id: 'SW-2507-02', product: 'scrap-ndfeb-swarf', massGrams: sludgeLot.massGrams + finesLot.massGrams, composition: drums };
    const drum = s.process(r.magnets, 'drum-2507-01', at('2025-07-20'), [{ lot: sludgeLot.id, massGrams: sludgeLot.massGrams }, { lot: finesLot.id, massGrams: finesLot.massGrams }], [drumsLot], { facility: r.magnetPlant, note: 'cyclone fines drummed with the grinding sludge' });
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      cast, mill, sinter, drum,
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-25'), drumsLot.id, drumsLot.massGrams, r.recycler, undefined, 'grinding sludge and fines in sealed drums'),
      s.ship(r.magnets, 'shp-2507-sk', at('2025-07-25'), skullLot.id, skullLot.massGrams, r.recycler, undefined, 'skull and dross, bagged'),
    ]);
    w.record(r.recycler, at('2025-08-08', '11:00'), [
      s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-26'), r.magnets.lot(drumsLot.id), drumsLot.massGrams),
      s.receive(r.recycler, 'rcv-2507-sk', at('2025-07-26'), r.magnets.lot(skullLot.id), skullLot.massGrams),
    ]);
    return { world: w, find: {} };
  },
});
