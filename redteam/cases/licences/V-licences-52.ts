import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-52',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A magnet maker reduces dysprosium oxide to Dy–Fe alloy in its own furnace',
  does: 'Dy–Fe master alloy from the metal smelters costs the Ningbo magnet maker a conversion fee of several hundred yuan a kilogram. So on 2025-07-15 it buys 1.5 t of dysprosium oxide straight from the Longnan separator (received 07-16) and on 07-20, in a small fluoride electrolysis cell with consumable iron cathodes that it installed in its alloy shop, reduces it to 1.57 t of Dy–Fe alloy (80 % Dy) at 97 %. On 07-24 it melts the alloy with the 20 t of NdPr metal it bought in June into high-coercivity magnets and grinding sludge. The magnet maker holds no metal-smelting licence; its plant has no licence against it. July is reported on the 8th of August.',
  expect: 'Metal smelting, oxide reduced to an alloy, by a party without a metal-smelting licence at an unlicensed plant; the reduction, the Dy–Fe alloy lot and the magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxideGrams = tonnes(1.5);
    const dyOxide = sellOxide(ctx, south, heavy, 'oxide-dy', oxideGrams, r.magnets, '2025-07', '2507-dy');
    const dy = scale(s.share(dyOxide, oxideGrams), 0.97);
    const alloy = { id: 'DF-2507-01', product: 'alloy-dyfe', massGrams: massAtShare(dy, 0.8), composition: dy };
    const reduce = s.process(r.magnets, 'dyfe-2507-01', at('2025-07-20'), [{ lot: dyOxide, massGrams: oxideGrams }], [alloy], { facility: r.magnetPlant, note: 'fluoride molten-salt electrolysis, consumable iron cathode, alloy shop cell 1' });
    const metalGrams = tonnes(20);
    const feed = add(s.share(june.metalShipment, metalGrams), dy);
    const { magnets, swarf } = sinter(feed, '2507-HC', 'magnet-ndfeb-sintered-high-coercivity');
    const sintered = s.process(r.magnets, 'sint-2507-hc', at('2025-07-24'), [{ lot: june.metalShipment, massGrams: metalGrams }, { lot: alloy.id, massGrams: alloy.massGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting with Dy–Fe addition, jet milling, sintering, grinding' });
    w.record(r.magnets, at('2025-08-08', '11:00'), [reduce, sintered]);
    return {
      world: w,
      find: { events: [r.magnets.event('dyfe-2507-01')], lots: [r.magnets.lot(alloy.id)], parties: [r.magnets.id] },
    };
  },
});
