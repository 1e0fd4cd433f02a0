import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-81',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Electrolysis slag from a dysprosium–iron campaign, dysprosium in it, sold to the Ganzhou recycler',
  does: 'The Baotou metal smelter runs a Dy–Fe alloy campaign for the Ningbo magnet maker: it buys 4 t of dysprosium oxide from the Longnan separator (shipped 07-15, received 07-16) and reduces it by molten-salt electrolysis on 07-20 with an iron cathode: 96 % of the dysprosium into 80 % Dy–Fe alloy, 3 % into the fluoride slag (about 0.35 t at 30 % dysprosium), 1 % lost as fume (estimates). The alloy goes to Ningbo (shipped 07-24, received 07-25); the slag, which is a recycling feed and not radioactive, goes to the Ganzhou recycler (shipped 07-26, received 07-28). Everyone reports on time.',
  expect: 'Nothing: electrolysis slag carries the metal its cells made; slag of a dysprosium campaign holds dysprosium, sold at home to a licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const grams = tonnes(4);
    const oxide = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.smelter, '2025-07', '2507-dy');
    const held = s.lot(oxide).composition;
    const inAlloy = scale(held, 0.96);
    const inSlag = scale(subtract(held, inAlloy), 0.75);
    const alloy = { id: 'DYFE-2507-01', product: 'alloy-dyfe', massGrams: massAtShare(inAlloy, 0.8), composition: inAlloy };
    const slag = { id: 'SLG-2507-DY', product: 'slag-electrolysis', massGrams: massAtShare(inSlag, 0.3), composition: inSlag };
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'dyfe-2507-01', at('2025-07-20'), [{ lot: oxide, massGrams: grams }], [alloy, slag], { facility: r.metalPlant, note: 'molten-salt electrolysis on an iron cathode, Dy–Fe 80/20' }),
      s.ship(r.smelter, 'shp-2507-dyfe', at('2025-07-24'), alloy.id, alloy.massGrams, r.magnets),
      s.ship(r.smelter, 'shp-2507-slag', at('2025-07-26'), slag.id, slag.massGrams, r.recycler),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-dyfe', at('2025-07-25', '15:00'), r.smelter.lot(alloy.id), alloy.massGrams)]);
    w.record(r.recycler, at('2025-08-08', '11:00'), [s.receive(r.recycler, 'rcv-2507-slag', at('2025-07-28', '10:00'), r.smelter.lot(slag.id), slag.massGrams)]);
    return { world: w, find: {} };
  },
});
