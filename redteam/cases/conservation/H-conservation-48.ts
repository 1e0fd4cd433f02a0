import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-48',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: '20 t of NdPr metal becomes 57 t of Dy-free magnets and 11 t of swarf: magnet tonnage three times the metal, rare earths balanced',
  does: 'The Ningbo magnet maker alloys its 20 t of June NdPr metal with iron and boron into a Dy-free N38 grade on 07-15 (an estimate of a grade for consumer motors): 85 % of the rare earths end in 57 t of sintered magnets at 30 % RE, 12 % in 11 t of grinding swarf (about 21 % RE), 3 % lost in melt and fume (estimates). Swarf at a fifth of the magnet output is inside DOMAIN.md\'s 25–30 % scrap rate.',
  expect: 'Nothing: the magnets and swarf together hold less rare earth than the metal fed; magnets are mostly iron.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    const metal = s.lot(lots.metalShipment).composition;
    const magnets = scale(metal, 0.85);
    const swarf = scale(metal, 0.12);
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      s.process(r.magnets, 'sin-2507-01', at('2025-07-15'), [{ lot: lots.metalShipment, massGrams: tonnes(20) }], [
        { id: 'NB-2507-MAG', product: 'magnet-ndfeb-sintered', massGrams: massAtShare(magnets, 0.3), composition: magnets },
        { id: 'NB-2507-SW', product: 'scrap-ndfeb-swarf', massGrams: massAtShare(swarf, 0.21), composition: swarf },
      ], { facility: r.magnetPlant, note: 'N38, no heavy rare earth; strip casting, HD, jet milling, pressing, sintering, grinding' }),
    ]);
    return { world: w, find: {} };
  },
});
