import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-52',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Dy–Fe alloy made by the licensed metal smelter for the magnet maker\'s high-coercivity grade',
  does: 'On 2025-07-15 the Baotou metal smelter buys 1.5 t of dysprosium oxide from the Longnan separator (received 07-16) and on 07-20 reduces it in a fluoride electrolysis cell with consumable iron cathodes to 1.57 t of Dy–Fe alloy (80 % Dy) at 97 %. It ships the alloy to the Ningbo magnet maker on 07-21 (received 07-22), which on 07-24 melts it with the 20 t of NdPr metal it bought in June into high-coercivity magnets and grinding sludge. Everyone reports July on time.',
  expect: 'Nothing: the oxide is reduced by the licensed metal smelter at its licensed plant; the magnet maker only alloys metals it bought, which needs no licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxideGrams = tonnes(1.5);
    const dyOxide = sellOxide(ctx, south, heavy, 'oxide-dy', oxideGrams, r.smelter, '2025-07', '2507-dy');
    const dy = scale(s.share(dyOxide, oxideGrams), 0.97);
    const alloy = { id: 'DF-2507-01', product: 'alloy-dyfe', massGrams: massAtShare(dy, 0.8), composition: dy };
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'dyfe-2507-01', at('2025-07-20'), [{ lot: dyOxide, massGrams: oxideGrams }], [alloy], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis, consumable iron cathode' }),
      s.ship(r.smelter, 'shp-2507-dyfe', at('2025-07-21'), alloy.id, alloy.massGrams, r.magnets),
    ]);
    const alloyLot = r.smelter.lot(alloy.id);
    const metalGrams = tonnes(20);
    const feed = add(s.share(june.metalShipment, metalGrams), dy);
    const { magnets, swarf } = sinter(feed, '2507-HC', 'magnet-ndfeb-sintered-high-coercivity');
    w.record(r.magnets, at('2025-08-08', '11:00'), [
      s.receive(r.magnets, 'rcv-2507-dyfe', at('2025-07-22'), alloyLot, alloy.massGrams),
      s.process(r.magnets, 'sint-2507-hc', at('2025-07-24'), [{ lot: june.metalShipment, massGrams: metalGrams }, { lot: alloyLot, massGrams: alloy.massGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting with Dy–Fe addition, jet milling, sintering, grinding' }),
    ]);
    return { world: w, find: {} };
  },
});
