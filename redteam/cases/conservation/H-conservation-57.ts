import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';
import { heavyTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'H-conservation-57',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Nine hundred kilograms of terbium oxide become 740 kg of terbium metal: the oxygen goes, 96.5 % of the terbium stays',
  does: 'The Baotou smelter buys 0.9 t of terbium oxide from Longnan (received 2025-07-16) and reduces it on 07-20 by fluorination and calcium reduction, then vacuum remelting; 96.5 % of the terbium comes out as metal (the rest in the calcium fluoride slag and on the crucibles, an estimate: DOMAIN.md has no oxide-to-metal yield). The metal lot weighs a fifth less than the oxide. It ships the metal to the Ningbo magnet maker for grain-boundary diffusion on 07-25 (received 07-27). Everyone reports on time.',
  expect: 'Nothing: a lot that loses its oxygen and a little of its terbium, as a reduction does.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const grams = tonnes(0.9);
    const { lot } = heavyTo(ctx, 'oxide-tb', grams, r.smelter, '2507-tb');
    const metal = scale(s.lot(lot).composition, 0.965);
    const metalGrams = metalMass(metal);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'met-2507-tb', at('2025-07-20'), [{ lot, massGrams: grams }], [{ id: 'TB-2507-01', product: 'metal-tb', massGrams: metalGrams, composition: metal }],
        { facility: r.metalPlant, note: 'HF fluorination, calcium reduction in tantalum crucibles, vacuum remelting; slag and crucible losses 3.5 %' }),
      s.ship(r.smelter, 'shp-2507-tb', at('2025-07-25'), 'TB-2507-01', metalGrams, r.magnets, undefined, 'argon-sealed cans'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-tb', at('2025-07-27'), r.smelter.lot('TB-2507-01'), metalGrams)]);
    return { world: w, find: {} };
  },
});
