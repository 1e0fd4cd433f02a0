import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-41',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Terbium oxide "delivered" to an electronics buyer that is a trading company in a bonded zone',
  does: 'The Beijing trader buys 0.6 t of terbium oxide from the Longnan separator on 2025-07-15. On 07-25 it records a final delivery of the 0.6 t to 上海外高桥保税区鑫拓电子材料贸易有限公司, sector "electronics", under a domestic sales contract. The buyer is a trading company registered in the Waigaoqiao free-trade zone, where goods enter as if abroad; it makes nothing, and the terbium leaves for Korea from the zone three weeks later on its own paperwork. Terbium oxide needs a dual-use licence to be exported; nobody applies for one.',
  expect: 'A controlled oxide leaving the chain to a "final user" that is a bonded-zone trading house, not a manufacturer: an export in all but name; the delivery, the terbium lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const grams = tonnes(0.6);
    const lot = sellOxide(ctx, south, heavy, 'oxide-tb', grams, r.trader, '2025-07', '2507-tb');
    const customer = { name: '上海外高桥保税区鑫拓电子材料贸易有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '310000', orgBody8: 'XTDZ0725' }) };
    const deliver: DeliverEvent = { id: 'dlv-2507-tb', kind: 'deliver', time: at('2025-07-25'), lot, massGrams: grams, customer, sector: 'electronics', contract: 'XT-2507-TB-02' };
    w.record(r.trader, at('2025-08-08', '10:00'), [deliver]);
    return {
      world: w,
      find: { events: [r.trader.event('dlv-2507-tb')], lots: [lot], parties: [r.trader.id] },
    };
  },
});
