import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { southHeavy } from '../../lib/round16.ts';
import { enterprise } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-flows-97',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Dysprosium oxide bought for a diffusion line that slipped, sold on unopened to a Baotou magnet maker a week later',
  does: 'The Ningbo magnet maker buys 1.5 t of dysprosium oxide from the Longnan separator for a grain-boundary diffusion line (received 2025-07-16). The line\'s furnace delivery slips to November, so on 07-23 it sells the drums unopened, at cost, to a Baotou magnet maker that diffuses its traction-motor grades; the Baotou plant books the receipt on 07-24.',
  expect: 'Nothing: a controlled oxide resold at home, unchanged, to a registered manufacturer who records the receipt; nothing leaves the country.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const baotou = enterprise(ctx, 'baotou-magnets', ['magnet-maker'], '包头天和磁材科技有限公司', 'Baotou Tianhe Magnet Technology Co.', '150200');
    w.facility({ id: 'plant-tianhe-magnets', party: baotou.id, kind: 'plant', nameZh: '天和磁材厂', nameEn: 'Tianhe magnet plant', region: '150202' });
    const { south, heavy } = southHeavy(ctx, '2025-07', '2507');
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(1.5), r.magnets, '2025-07', '2507-dy');
    w.record(r.magnets, at('2025-08-08', '11:00'), [
      s.ship(r.magnets, 'shp-2507-dy', at('2025-07-23', '10:00'), lot, tonnes(1.5), baotou, undefined, 'unopened drums resold at cost: diffusion furnace delivery postponed'),
    ]);
    w.record(baotou, at('2025-08-09', '10:00'), [s.receive(baotou, 'rcv-2507-dy', at('2025-07-24', '15:00'), lot, tonnes(1.5))]);
    return { world: w, find: {} };
  },
});
