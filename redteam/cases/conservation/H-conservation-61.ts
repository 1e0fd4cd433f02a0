import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, metalMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-61',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Grain-boundary diffusion: finished magnets gain terbium from a terbium coating',
  does: 'The Ningbo magnet maker sinters the 20 t of NdPr metal it bought in June into standard magnets on 2025-07-10. For a traction-motor order it then upgrades them by grain-boundary diffusion, the usual way to raise coercivity with little heavy rare earth: the licensed Baotou smelter reduces 600 kg of terbium oxide bought from the Longnan separator to terbium metal (07-18) and ships it to Ningbo (07-20, received 07-21); on 07-25 the magnets are coated with the terbium and annealed, and the surface ground off. The finished high-coercivity magnets carry 92 % of the terbium, the grinding swarf 6 %; 2 % stays in the coating slurry and furnace. Each party reports July by the 9th of August.',
  expect: 'Nothing: the magnets hold more terbium than the metal they were sintered from because terbium metal, bought through the chain, was fed to the second process; per element, out is below in at every step.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxideGrams = Math.min(heavy.grams['oxide-tb']!, tonnes(0.6));
    const oxide = sellOxide(ctx, south, heavy, 'oxide-tb', oxideGrams, r.smelter, '2025-07', '2507-tb');
    const tb = scale(s.share(oxide, oxideGrams), 0.97);
    const tbGrams = metalMass(tb);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'met-2507-tb', at('2025-07-18'), [{ lot: oxide, massGrams: oxideGrams }], [{ id: 'MET-2507-TB', product: 'metal-tb', massGrams: tbGrams, composition: tb }], { facility: r.metalPlant, note: 'calciothermic reduction of terbium fluoride' }),
      s.ship(r.smelter, 'shp-2507-tb', at('2025-07-20'), 'MET-2507-TB', tbGrams, r.magnets),
    ]);
    const tbLot = r.smelter.lot('MET-2507-TB');
    const metalGrams = tonnes(20);
    const { magnets, swarf } = sinter(s.share(june.metalShipment, metalGrams), '2507');
    const sintered = s.process(r.magnets, 'sint-2507-01', at('2025-07-10'), [{ lot: june.metalShipment, massGrams: metalGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, jet milling, pressing, sintering' });
    const base = s.lot(r.magnets.lot(magnets.id)).composition;
    const tbIn = s.share(tbLot, tbGrams);
    const tbIntoMagnets = scale(tbIn, 0.92);
    const tbIntoSwarf = scale(tbIn, 0.06);
    // The surface grinding after diffusion takes 1 % of the magnets' NdPr with it.
    const ground = scale(base, 0.01);
    const finished = add(subtract(base, ground), tbIntoMagnets);
    const grinding = add(ground, tbIntoSwarf);
    w.record(r.magnets, at('2025-08-09', '10:00'), [
      sintered,
      s.receive(r.magnets, 'rcv-2507-tb', at('2025-07-21'), tbLot, tbGrams),
      s.process(r.magnets, 'gbd-2507-01', at('2025-07-25'), [{ lot: magnets.id, massGrams: magnets.massGrams }, { lot: tbLot, massGrams: tbGrams }], [
        { id: 'MG-2507-GBD', product: 'magnet-ndfeb-sintered-high-coercivity', massGrams: massAtShare(finished, 0.3), composition: finished },
        { id: 'SW-2507-GBD', product: 'scrap-ndfeb-swarf', massGrams: massAtShare(grinding, 0.22), composition: grinding },
      ], { facility: r.magnetPlant, note: 'terbium grain-boundary diffusion: coating, 900 °C diffusion anneal, surface grinding' }),
    ]);
    return { world: w, find: {} };
  },
});
