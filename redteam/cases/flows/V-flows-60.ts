import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-60',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide "delivered" to an "other"-sector technology company that has no credit code on the invoice',
  does: 'The Beijing trader buys 3 t of dysprosium oxide from the Longnan separator (shipped 2025-07-15, received 07-16). On 07-22 it books the whole lot as delivered to a final user, "Shenzhen Xinyuan New Materials Technology Co.", under the sector "other", with no credit code and a contract number, so that no sector\'s consumption pattern can be held against it and no registered party can be asked about the receipt. The buyer is a front: the drums go to a Dongguan warehouse and on to Hong Kong by road. July is reported on the 7th of August.',
  expect: 'A controlled heavy rare earth oxide leaving the traced chain to a buyer who cannot be identified or checked, under the one sector no use is judged against; the delivery, the lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const grams = tonnes(3);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.trader, '2025-07', '2507-dy');
    w.record(r.trader, at('2025-08-07', '11:00'), [
      { id: 'dlv-2507-dy', kind: 'deliver', time: at('2025-07-22'), lot, massGrams: grams, customer: { name: '深圳市鑫源新材料科技有限公司' }, sector: 'other', contract: 'XY-2025-0719' },
    ]);
    return {
      world: w,
      find: { events: [r.trader.event('dlv-2507-dy')], lots: [lot], parties: [r.trader.id] },
    };
  },
});
