import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { southHeavy } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-time-55',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A year-end stock count finds 1.8 kg of dysprosium oxide short, dated 31 December and entered on 8 January',
  does: 'The Beijing trader buys 3 t of Dy2O3 from the Longnan separator on 2025-11-15 and keeps it in its Tongzhou warehouse. At the year-end count on 2025-12-31 the 120 drums weigh 1.8 kg less than booked: sampling for two customers\' assays and powder left in the liners of two drums it re-packed. It records the loss dated 12-31 in its December report, filed on 2026-01-08, with the count sheet number.',
  expect: 'Nothing: a 0.06 % count difference on a fine oxide, entered with the month it happened in, before the 10th.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { south, heavy } = southHeavy(ctx, '2025-11', '2511', 100);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(3), r.trader, '2025-11', '2511-dy');
    w.record(r.trader, at('2026-01-08', '10:00'), [s.adjust(r.trader, 'adj-2512-dy', at('2025-12-31', '17:00'), lot, -tonnes(0.0018), 'year-end count sheet TZ-2025-12: assay samples and liner residue')]);
    return { world: w, find: {} };
  },
});
