import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-75',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A magnet maker with no metal-smelting licence strip-casts its own NdFeB alloy from bought NdPr metal',
  does: 'The Ningbo magnet maker melts the 20 t of NdPr metal it bought in June with iron and ferro-boron in its own vacuum strip-caster on 2025-07-08 and books about 66 t of NdFeB strip-cast flakes (30 % rare earths); 0.5 % of the rare earths are lost to crucible skull and fume (an estimate). It holds no metal-smelting licence and needs none: it reduces no oxide, it alloys metal it bought, the first step of sintering. Reported on 08-08.',
  expect: 'Nothing: alloying bought metal into magnet alloy is magnet making, not metal smelting.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const alloy = scale(s.lot(june.metalShipment).composition, 0.995);
    w.record(r.magnets, at('2025-08-08', '11:00'), [
      s.process(r.magnets, 'sc-2507-01', at('2025-07-08'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [
        { id: 'SC-2507-01', product: 'alloy-ndfeb-strip', massGrams: massAtShare(alloy, 0.3), composition: alloy },
      ], { facility: r.magnetPlant, note: 'vacuum induction melting with iron and ferro-boron, strip casting; 0.5 % lost to skull and fume (estimate)' }),
    ]);
    return { world: w, find: {} };
  },
});
