import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { southHeavy } from '../../lib/round16.ts';

export default defineCase({
  id: 'V-time-55',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A year-end stock-count loss of 450 kg of dysprosium oxide, dated 31 December and entered on 20 March after the auditors left',
  does: 'The Beijing trader buys 3 t of Dy2O3 from the Longnan separator on 2025-11-15 and reports November on time. In December it sells 450 kg of it for cash to a buyer who takes it to Hong Kong. Its December report, on 2026-01-07, shows no movement. On 2026-03-20, once the annual audit has signed off the 2025 accounts, it records a stock-count loss of 450 kg dated 2025-12-31, "bags torn and swept up in the year-end count": 15 % of a controlled oxide written off, entered ten weeks after December\'s deadline and dated into the closed year.',
  expect: 'A stock-count loss of a controlled oxide entered months after the period it is dated in, and large for a sealed oxide: the adjust event, the lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { south, heavy } = southHeavy(ctx, '2025-11', '2511', 100);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(3), r.trader, '2025-11', '2511-dy');
    w.record(r.trader, at('2026-03-20', '16:00'), [s.adjust(r.trader, 'adj-2512-dy', at('2025-12-31', '17:00'), lot, -tonnes(0.45), 'year-end stock count: bags torn and swept up')]);
    return { world: w, find: { events: [r.trader.event('adj-2512-dy')], lots: [lot], parties: [r.trader.id] } };
  },
});
