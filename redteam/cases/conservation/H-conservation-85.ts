// Estimates (not in DOMAIN.md): 12 % of the samarium to ring-cutting scrap, 1.5 % evaporated.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, subtract } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { samariumMetalAtMagnets } from '../../lib/round14.ts';

export default defineCase({
  id: 'H-conservation-85',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'SmCo rings cut from large sintered blocks: 12 % of the samarium ends in grinding scrap, sold to the recycler',
  does: 'The Ningbo magnet maker receives 1.7 t of samarium metal from the Baotou smelter (received 2025-07-25) and on 08-05 sinters it into large Sm2Co17 blocks that it cores and grinds into thin rings for aerospace sensors: 12 % of the samarium ends in SmCo grinding scrap and cut-offs (an estimate for ring cutting; block-shaped magnets lose far less), 1.5 % evaporates in melting and sintering (an estimate) and the rest is in the rings. It sells the scrap to the Ganzhou recycler on 08-20 (received 08-22). August is reported on 09-08 and 09-09.',
  expect: 'Nothing: the samarium that is not in the magnets is in a scrap lot that goes to a licensed recycler, and the part lost to evaporation is what furnaces lose.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { metalLot, metalGrams } = samariumMetalAtMagnets(ctx);
    const feed = s.lot(metalLot).composition;
    const scrapComp = scale(feed, 0.12);
    const magnetComp = scale(subtract(feed, scrapComp), (1 - 0.12 - 0.015) / (1 - 0.12));
    const scrapGrams = massAtShare(scrapComp, 0.25);
    w.record(r.magnets, at('2025-09-08', '10:00'), [
      s.process(r.magnets, 'mag-2508-smco', at('2025-08-05'), [{ lot: metalLot, massGrams: metalGrams }], [
        { id: 'SMCO-2508-01', product: 'magnet-smco', massGrams: massAtShare(magnetComp, 0.25), composition: magnetComp },
        { id: 'SMCO-2508-SCRAP', product: 'scrap-smco', massGrams: scrapGrams, composition: scrapComp },
      ], { facility: r.magnetPlant, note: 'Sm2Co17 blocks cored and ground into thin rings; 1.5 % of the samarium evaporates (estimate); cobalt, iron, copper and zirconium not booked' }),
      s.ship(r.magnets, 'shp-2508-smco', at('2025-08-20'), 'SMCO-2508-SCRAP', scrapGrams, r.recycler, undefined, 'sealed drums under argon'),
    ]);
    w.record(r.recycler, at('2025-09-09', '10:00'), [s.receive(r.recycler, 'rcv-2508-smco', at('2025-08-22'), r.magnets.lot('SMCO-2508-SCRAP'), scrapGrams)]);
    return { world: w, find: {} };
  },
});
