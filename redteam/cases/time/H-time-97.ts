import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-97',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'The half-year count of 30 June finds 120 kg of cerium oxide short, filed in a supplement on 8 July',
  does: 'The separator files its June report on 2025-07-06. The auditors\' half-year count of 30 June is signed off on 07-07: the cerium oxide bays hold 120 kg (0.05 %) less than the books, four torn 1 t bags swept up with floor dirt. On 07-08 the separator files a supplement with a negative adjustment dated 30 June, citing the count sheet.',
  expect: 'Nothing: a small count loss dated at the count and filed before the 10th, with its reason; nothing moved out of the lot since.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.record(r.separator, at('2025-07-08', '11:00'), [
      s.adjust(r.separator, 'adj-2506-ce-count', at('2025-06-30', '18:00'), 'SEP-2506-CE', -tonnes(0.12), 'half-year stock count 30 June (count sheet HY-2025-117): four torn bags of cerium oxide, sweepings discarded'),
    ]);
    return { world: w, find: {} };
  },
});
