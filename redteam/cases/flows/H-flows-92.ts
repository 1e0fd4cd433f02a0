import { defineCase } from '../../lib/case.ts';
import { tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-92',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Dysprosium oxide shipped to a Ningbo magnet maker wholly owned by a Hong Kong holding company',
  does: 'A Ningbo magnet maker, a mainland company with its own credit code and plant but wholly owned by a Hong Kong holding company (its name says so), buys 1 t of Dy2O3 from the Longnan separator for grain-boundary diffusion: shipped 2025-07-15, received 07-16 in Ningbo. The oxide stays in its store for its August diffusion campaign. Foreign or Hong Kong ownership does not make a mainland plant a foreign buyer: the oxide never leaves the mainland. Everyone reports on time.',
  expect: 'Nothing: a domestic sale to a registered mainland manufacturer, received in Ningbo; the owner\'s seat is no export.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const buyer = w.party('hk-owned-magnets', {
      kind: 'enterprise', roles: ['magnet-maker'], nameZh: '宁波港丰磁材有限公司（香港港丰控股有限公司全资子公司）', nameEn: 'Ningbo Gangfeng Magnetics Co. (wholly owned by Gangfeng Holdings (Hong Kong) Ltd.)', region: '330200',
    });
    w.facility({ id: 'plant-gangfeng-magnets', party: buyer.id, kind: 'plant', nameZh: '港丰磁材厂', nameEn: 'Gangfeng magnet plant', region: '330200' });
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(1), buyer, '2025-07', '2507-gf');
    return { world: w, find: {} };
  },
});
