import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-identity-75',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Bonded NdFeB magnets at 26 % rare earths, below any sintered grade, delivered to a compressor maker',
  does: 'The Ningbo magnet maker turns its 20 t of June NdPr metal into melt-spun powder and on 2025-07-10 compression-moulds it with epoxy into bonded NdFeB rings: 98.3 % of the rare earths in the rings at 26.5 % rare earths by weight (the binder and iron make the rest; sintered magnets hold 29–32 %), 1.5 % in rejected rings kept as solid scrap, 0.2 % lost (estimates). On 07-25 it delivers 60 t of rings to a Zhuhai air-conditioner compressor maker. Reported on time.',
  expect: 'Nothing: a bonded magnet is leaner in rare earths than a sintered one, and is labelled as what it is.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const feed = s.lot(june.metalShipment).composition;
    const rings = scale(feed, 0.983);
    const rejects = scale(subtract(feed, rings), 0.015 / 0.017);
    w.record(r.magnets, at('2025-08-08', '11:00'), [
      s.process(r.magnets, 'bnd-2507-01', at('2025-07-10'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [
        { id: 'BND-2507-01', product: 'magnet-ndfeb-bonded', massGrams: massAtShare(rings, 0.265), composition: rings },
        { id: 'BND-2507-REJ', product: 'scrap-ndfeb-solid', massGrams: massAtShare(rejects, 0.265), composition: rejects },
      ], { facility: r.magnetPlant, note: 'melt spinning, epoxy compression moulding, curing' }),
      deliver('dlv-2507-bnd', at('2025-07-25'), 'BND-2507-01', tonnes(60), { name: '珠海凌达压缩机有限公司 (Zhuhai Lingda Compressor Co.)', id: customerCode('LDYS2507', '440400') }, 'appliances', 'LD-2025-0719'),
    ]);
    return { world: w, find: {} };
  },
});
