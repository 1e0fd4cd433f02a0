import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'V-time-92',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A dysprosium delivery to a Qianhai supply-chain company, "corrected" four months later into a delivery to a Dongguan electronics maker',
  does: 'The Shanghai trading house buys 2 t of Dy2O3 from the Longnan separator (received 2025-07-16) and on 07-25 delivers it to 深圳前海鑫源供应链管理有限公司, a supply-chain company in the Qianhai bonded zone, as a sale to the electronics sector, reported on time in August. The oxide leaves the country from Qianhai without a licence. In November, when the regulator starts writing to bonded-zone buyers, the trading house files a "correction" of the July delivery: same lot, mass and day, the customer now a Dongguan capacitor maker with a credit code, "customer keyed wrongly". The correction comes four months after the deadline for July and changes only who received a controlled oxide.',
  expect: 'A late correction that rewrites the counterparty of a past delivery of a controlled oxide: the correction, the delivered lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const grams = tonnes(2);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.exporter, '2025-07', '2507-dy');
    w.record(r.exporter, at('2025-08-07', '11:00'), [
      deliver('dlv-2507-dy', at('2025-07-25'), lot, grams, { name: '深圳前海鑫源供应链管理有限公司', id: customerCode('Q4H8X2NM', '440000') }, 'electronics', 'XY-2025-0719'),
    ]);
    w.record(r.exporter, at('2025-11-20', '15:00'), [
      {
        id: 'cor-2511-dy', kind: 'correct', time: at('2025-11-20', '14:30'), corrects: 'dlv-2507-dy', reason: 'customer keyed wrongly',
        replacement: deliver('cor-2511-dy', at('2025-07-25'), lot, grams, { name: '东莞长安精密电子元件有限公司', id: customerCode('D6T3R8KW', '440000') }, 'electronics', 'CA-2025-0719'),
      },
    ]);
    return {
      world: w,
      find: { events: [r.exporter.event('cor-2511-dy')], lots: [lot], parties: [r.exporter.id] },
    };
  },
});
