import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-30',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A smelter licensed for light rare earth metals reduces terbium',
  does: 'The Baotou metal smelter\'s licence covers the light rare earth metals only: lanthanum, cerium, praseodymium, neodymium, NdPr metal, mischmetal and rare earth ferrosilicon, made by molten-salt electrolysis. A Ningbo magnet maker wants terbium metal for grain-boundary diffusion, so the smelter buys 0.9 t of terbium oxide from the Longnan separator in July 2025, reduces it with calcium in a borrowed vacuum furnace on 07-25 (0.73 t of metal at 95 %) and sells 0.5 t to the magnet maker on 07-30, reporting it all on time with July.',
  expect: 'Metal smelting of an element and a product outside the licence\'s scope: terbium metal made under a licence for La, Ce, Pr and Nd; the reduction event, the terbium metal lot and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence('RT-MET-BS-2024', {
      scope: { products: ['metal-la', 'metal-ce', 'metal-pr', 'metal-nd', 'metal-ndpr', 'metal-mischmetal-lace', 'alloy-re-si-fe'], elements: ['La', 'Ce', 'Pr', 'Nd'] },
    });
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxideGrams = tonnes(0.9);
    const oxide = sellOxide(ctx, south, heavy, 'oxide-tb', oxideGrams, r.smelter, '2025-07', '2507-tb');
    const tb = scale(s.lot(oxide).composition, 0.95);
    const metal = { id: 'MET-2507-TB', product: 'metal-tb', massGrams: metalMass(tb), composition: tb };
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'red-2507-tb', at('2025-07-25'), [{ lot: oxide, massGrams: oxideGrams }], [metal], { facility: r.metalPlant, note: 'calciothermic reduction, vacuum induction furnace on loan' }),
      s.ship(r.smelter, 'shp-2507-tb', at('2025-07-30'), metal.id, tonnes(0.5), r.magnets, 'MET-2507-TB-S1'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-tb', at('2025-07-31'), r.smelter.lot('MET-2507-TB-S1'), tonnes(0.5))]);
    return {
      world: w,
      find: { events: [r.smelter.event('red-2507-tb')], lots: [r.smelter.lot(metal.id), r.smelter.lot('MET-2507-TB-S1')], parties: [r.smelter.id] },
    };
  },
});
