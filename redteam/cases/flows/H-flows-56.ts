import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { outsideCode } from '../../lib/round16.ts';
import { juneWorld } from '../../lib/round17.ts';
import { heavyTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'H-flows-56',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Fifty kilograms of dysprosium oxide delivered to a Beijing materials institute for magnet trials, sector "other"',
  does: 'The Beijing trader buys 1 t of dysprosium oxide from Longnan (received 2025-07-16) for its regular customers and on 07-23 delivers 50 kg of it to a state materials research institute in Haidian, named with its credit code, for a grain-boundary diffusion trial programme; the sector list has no entry for research, so it writes "other". The rest stays in store. July is reported on 08-07.',
  expect: 'Nothing: a small, named, domestic delivery to a user whose work needs the oxide; "other" is the right sector for a laboratory.',
  build() {
    const { ctx } = juneWorld();
    const { w, r } = ctx;
    const { lot } = heavyTo(ctx, 'oxide-dy', tonnes(1), r.trader, '2507-dy');
    w.record(r.trader, at('2025-08-07', '15:00'), [
      { id: 'dlv-2507-dy', kind: 'deliver', time: at('2025-07-23', '10:00'), lot, massGrams: 50_000,
        customer: { name: '北京稀土功能材料研究院', id: outsideCode('haidian-institute', '110108') }, sector: 'other', contract: 'BJ-RE-2025-044', note: 'diffusion trials' },
    ]);
    return { world: w, find: {} };
  },
});
