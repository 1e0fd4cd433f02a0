import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-22',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Dysprosium-free NdFeB strip-cast flakes exported without a licence',
  does: 'The Ningbo magnet maker, registered also as an exporter, strip-casts the 20 t of NdPr metal it received in June into NdFeB alloy flakes of a Dy-free grade (30 % rare earths, Pr and Nd only) on 2025-07-08, and exports 30 t of the flakes to a magnet plant in Vietnam on 07-24 with no licence. The dual-use controls cover alloys of Sm, Gd, Tb, Dy, Lu, Sc and Y; these flakes carry none of them.',
  expect: 'Nothing: an alloy, but of praseodymium and neodymium only, at a strip-cast alloy\'s grade; no control applies.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.magnets, { roles: ['magnet-maker', 'exporter'] });
    const june = honestMonth(ctx, '2025-06');
    const flakes = scale(s.lot(june.metalShipment).composition, 0.995);
    const flakeGrams = massAtShare(flakes, 0.3);
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      s.process(r.magnets, 'sc-2507-01', at('2025-07-08'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [{ id: 'SC-2507-01', product: 'alloy-ndfeb-strip', massGrams: flakeGrams, composition: flakes }], { facility: r.magnetPlant, note: 'vacuum induction melting and strip casting, Dy-free grade N42; iron and ferro-boron added' }),
      s.export(r.magnets, 'exp-2507-sc', at('2025-07-24'), 'SC-2507-01', tonnes(30), 'VN', { customsDeclaration: '310120250700044120' }),
    ]);
    return { world: w, find: {} };
  },
});
