import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';
import { heavyTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-conservation-57',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Terbium metal that holds 112 % of the terbium in the oxide it was reduced from',
  does: 'The Baotou smelter buys 0.9 t of terbium oxide from Longnan (received 2025-07-16) and reduces it on 07-20 by fluorination and calcium reduction. It books 0.85 t of terbium metal, which holds 12 % more terbium than the oxide did: the extra is Myanmar terbium oxide brought over the border without papers and charged into the same crucibles. It ships the metal to the Ningbo magnet maker for grain-boundary diffusion on 07-25 (received 07-27). Everyone reports on time.',
  expect: 'A reduction whose metal holds more of an element than its feed: the campaign, the metal lot and the smelter.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const grams = tonnes(0.9);
    const { lot } = heavyTo(ctx, 'oxide-tb', grams, r.smelter, '2507-tb');
    const metal = scale(s.lot(lot).composition, 1.12);
    const metalGrams = metalMass(metal);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'met-2507-tb', at('2025-07-20'), [{ lot, massGrams: grams }], [{ id: 'TB-2507-01', product: 'metal-tb', massGrams: metalGrams, composition: metal }],
        { facility: r.metalPlant, note: 'HF fluorination, calcium reduction in tantalum crucibles, vacuum remelting' }),
      s.ship(r.smelter, 'shp-2507-tb', at('2025-07-25'), 'TB-2507-01', metalGrams, r.magnets, undefined, 'argon-sealed cans'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-tb', at('2025-07-27'), r.smelter.lot('TB-2507-01'), metalGrams)]);
    return { world: w, find: { events: [r.smelter.event('met-2507-tb')], lots: [r.smelter.lot('TB-2507-01')], parties: [r.smelter.id] } };
  },
});
