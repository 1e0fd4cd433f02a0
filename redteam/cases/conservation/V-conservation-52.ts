import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-52',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Three "small" process losses at a magnet works: 9 % of the NdPr metal gone between furnace and swarf',
  does: 'The Ningbo magnet maker received 20 t of NdPr metal from the Baotou smelter on 2025-06-29. In July it books the metal through its line in three steps, each with a loss that looks like a works norm: strip casting on 07-03 keeps 96 % of the rare earths ("crucible skull and dross"), hydrogen decrepitation and jet milling on 07-07 keeps 97 % ("cyclone fines"), and pressing, sintering and machining on 07-16 puts 75.5 % into 46.4 t of sintered magnets and 22 % into 18.4 t of grinding sludge, 2.5 % "furnace loss". The skull, dross and fines are never booked as scrap. Together 1.8 t of NdPr metal, 9 % of the feed, leaves the books; it was sold as ingot for cash to a bonded-magnet workshop in Cixi that buys outside the chain. The sludge goes to the Ganzhou recycler on 07-25. July is reported on the 8th of August.',
  expect: 'Process losses that add up across one party\'s steps: 9 % of the rare earths fed in is in no output and in no scrap, where a magnet works loses one or two; the three processes, the metal lot and the magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const metalGrams = tonnes(20);
    const metal = s.lot(june.metalShipment).composition;
    const strip = scale(metal, 0.96);
    const stripLot = { id: 'SC-2507-01', product: 'alloy-ndfeb-strip', massGrams: massAtShare(strip, 0.3), composition: strip };
    const stripEvent = s.process(r.magnets, 'cast-2507-01', at('2025-07-03'), [{ lot: june.metalShipment, massGrams: metalGrams }], [stripLot], { facility: r.magnetPlant, note: 'vacuum induction melting and strip casting; crucible skull and dross lost' });
    const powder = scale(strip, 0.97);
    const powderLot = { id: 'PW-2507-01', product: 'alloy-ndfeb-strip', massGrams: massAtShare(powder, 0.3), composition: powder };
    const millEvent = s.process(r.magnets, 'mill-2507-01', at('2025-07-07'), [{ lot: stripLot.id, massGrams: stripLot.massGrams }], [powderLot], { facility: r.magnetPlant, note: 'hydrogen decrepitation and jet milling; cyclone fines lost' });
    const magnets = scale(powder, 0.755);
    const sludge = scale(powder, 0.22);
    const magnetLot = { id: 'MG-2507-01', product: 'magnet-ndfeb-sintered', massGrams: massAtShare(magnets, 0.3), composition: magnets };
    const sludgeLot = { id: 'SW-2507-01', product: 'scrap-ndfeb-swarf', massGrams: massAtShare(sludge, 0.22), composition: sludge };
    const sinterEvent = s.process(r.magnets, 'sint-2507-01', at('2025-07-16'), [{ lot: powderLot.id, massGrams: powderLot.massGrams }], [magnetLot, sludgeLot], { facility: r.magnetPlant, note: 'pressing in field, sintering, slicing and grinding; furnace loss' });
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      stripEvent, millEvent, sinterEvent,
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-25'), sludgeLot.id, sludgeLot.massGrams, r.recycler, undefined, 'grinding sludge in sealed drums'),
    ]);
    w.record(r.recycler, at('2025-08-08', '11:00'), [s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-26'), r.magnets.lot(sludgeLot.id), sludgeLot.massGrams)]);
    return {
      world: w,
      find: {
        events: [r.magnets.event('cast-2507-01'), r.magnets.event('mill-2507-01'), r.magnets.event('sint-2507-01')],
        lots: [june.metalShipment, r.magnets.lot(stripLot.id), r.magnets.lot(powderLot.id), r.magnets.lot(magnetLot.id)],
        parties: [r.magnets.id],
      },
    };
  },
});
