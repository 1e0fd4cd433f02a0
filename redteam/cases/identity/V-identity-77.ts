import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, subtract } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { samariumMetalAtMagnets } from '../../lib/round14.ts';

export default defineCase({
  id: 'V-identity-77',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Samarium–cobalt magnets booked as bonded NdFeB magnets and exported to the United States without a licence',
  does: 'The Ningbo magnet maker sinters the samarium metal it bought through the chain (2 t of Longnan Sm2O3 reduced in Baotou, received 07-25) into Sm2Co17 magnets on 2025-08-05, but books the magnets as bonded NdFeB (magnet-ndfeb-bonded), a product no export control names; its SmCo grinding scrap it books correctly. It ships the magnets to the Shanghai exporter on 08-12 (received 08-14), which exports them to a US defence contractor\'s distributor on 08-20 with no licence, declaring "bonded NdFeB magnets". SmCo magnets are on the dual-use list by name since 2025-04-04. Everyone reports on time.',
  expect: 'Magnets whose only rare earth is samarium, labelled as NdFeB, exported without the licence SmCo magnets need: the magnet campaign, the magnet lot and the export.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { metalLot, metalGrams } = samariumMetalAtMagnets(ctx);
    const feed = s.lot(metalLot).composition;
    const scrapComp = scale(feed, 0.03);
    const magnetComp = scale(subtract(feed, scrapComp), 0.95 / 0.97);
    const magnets = { id: 'BM-2508-01', product: 'magnet-ndfeb-bonded', massGrams: massAtShare(magnetComp, 0.25), composition: magnetComp };
    w.record(r.magnets, reportTime('2025-08', 8), [
      s.process(r.magnets, 'mag-2508-01', at('2025-08-05'), [{ lot: metalLot, massGrams: metalGrams }], [
        magnets,
        { id: 'SMCO-2508-SCRAP', product: 'scrap-smco', massGrams: massAtShare(scrapComp, 0.25), composition: scrapComp },
      ], { facility: r.magnetPlant, note: 'melt, mill, press, sinter and age; 2 % of the samarium evaporates in sintering (estimate)' }),
      s.ship(r.magnets, 'shp-2508-01', at('2025-08-12'), magnets.id, magnets.massGrams, r.exporter, undefined, 'cartons marked "bonded NdFeB"'),
    ]);
    const lot = r.magnets.lot(magnets.id);
    w.record(r.exporter, reportTime('2025-08', 9), [
      s.receive(r.exporter, 'rcv-2508-01', at('2025-08-14'), lot, magnets.massGrams),
      s.export(r.exporter, 'exp-2508-01', at('2025-08-20'), lot, magnets.massGrams, 'US', { customsDeclaration: '220120250800093377', note: 'bonded NdFeB magnets' }),
    ]);
    return {
      world: w,
      find: { events: [r.magnets.event('mag-2508-01'), r.exporter.event('exp-2508-01')], lots: [lot] },
    };
  },
});
