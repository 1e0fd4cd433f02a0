import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { deliver } from '../../lib/round8.ts';

const BUYERS = ['王建军', '李海涛', '陈志强', '刘晓东', '张国华', '黄文斌', '周立新', '吴振宇', '郑宏伟', '孙德明', '马俊杰', '朱永刚'];

export default defineCase({
  id: 'V-flows-70',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Six tonnes of dysprosium oxide "delivered" in half-tonne lots to twelve private individuals',
  does: 'The Beijing trader buys 6 t of Dy2O3 from the Longnan separator in July 2025 (shipped 07-15, received 07-16). Between 07-18 and 07-29 it books twelve deliveries of 500 kg each to final users who are private persons, named only by their names with "(个人)", no credit code, sector "other", no contract number. The people are couriers for a Hong Kong buyer; the oxide leaves by land through Shenzhen in luggage and small parcels. The trader reports on time.',
  expect: 'A controlled oxide leaving the traced chain to buyers nobody can identify, in lots sized to look small: the twelve deliveries, the oxide lot they draw on and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(6), r.trader, '2025-07', '2507-dy');
    const deliveries = BUYERS.map((name, i) => deliver(`dlv-2507-${String(i + 1).padStart(2, '0')}`, at(`2025-07-${String(18 + i).padStart(2, '0')}`, '15:00'), lot, tonnes(0.5), { name: `${name}（个人）` }, 'other'));
    w.record(r.trader, at('2025-08-07', '11:00'), deliveries);
    return {
      world: w,
      find: { events: deliveries.map((d) => r.trader.event(d.id)), lots: [lot], parties: [r.trader.id] },
    };
  },
});
