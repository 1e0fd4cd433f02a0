import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-94',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'The quarter-end count finds 45 kg missing from June\'s NdPr oxide, booked on 30 September and filed with September',
  does: 'The Baotou separator\'s NdPr oxide lot of the June campaign (about 42 t left after the smelter\'s 60 t) sits in store through the summer. The quarter-end stock-take on 2025-09-30 finds it 45 kg light (0.1 %: sampling losses and dust at two re-stackings), and the separator books a negative adjustment dated 09-30 with the reason, filed in its September report on 10-09.',
  expect: 'Nothing: a count difference on an old lot, dated when it was found and reported in that month\'s report before the 10th.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): a 0.1 % count loss from sampling and dust.
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const local = june.ndprOxide.split(':')[1]!;
    w.record(r.separator, at('2025-10-09', '10:00'), [
      s.adjust(r.separator, 'adj-2509-ndpr-count', at('2025-09-30', '17:00'), local, -45_000, 'quarter-end stock-take: 45 kg short, sampling and dust at two re-stackings'),
    ]);
    return { world: w, find: {} };
  },
});
