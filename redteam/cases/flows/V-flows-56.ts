import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { outsideCode } from '../../lib/round16.ts';
import { juneWorld } from '../../lib/round17.ts';
import { heavyTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-flows-56',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide "delivered to a final user" that is a Shanghai freight forwarder, which puts it in a container for Busan',
  does: 'The Beijing trader, which has no export licence, buys 3 t of dysprosium oxide from Longnan (received 2025-07-16) and on 07-21 books a delivery of all of it to "Shanghai Haitong International Freight Forwarding Co.", named with its real credit code, sector "other", contract "storage and handling". A forwarder books space and files declarations for others\' goods; it uses no dysprosium. The drums leave Waigaoqiao for Busan the next week under the forwarder\'s declaration as "ceramic pigment". July is reported on 08-07.',
  expect: 'A controlled oxide taken out of the traced chain by a "delivery" to a logistics company, not a user: the delivery, the lot and the trader.',
  build() {
    const { ctx } = juneWorld();
    const { w, r } = ctx;
    const grams = tonnes(3);
    const { lot } = heavyTo(ctx, 'oxide-dy', grams, r.trader, '2507-dy');
    w.record(r.trader, at('2025-08-07', '15:00'), [
      { id: 'dlv-2507-dy', kind: 'deliver', time: at('2025-07-21', '10:00'), lot, massGrams: grams,
        customer: { name: '上海海通国际货运代理有限公司', id: outsideCode('haitong-forwarder', '310115') }, sector: 'other', contract: 'HT-WGQ-2025-0719', note: 'storage and handling contract' },
    ]);
    return { world: w, find: { events: [r.trader.event('dlv-2507-dy')], lots: [lot], parties: [r.trader.id] } };
  },
});
