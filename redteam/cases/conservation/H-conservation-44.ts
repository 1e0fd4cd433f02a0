import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { julyCampaign } from '../../lib/round21.ts';

export default defineCase({
  id: 'H-conservation-44',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A small heavy cut recovered at 90 %: Bayan Obo\'s few hundred grams a tonne of terbium and dysprosium lose more on the way',
  does: 'The separator runs 200 t of June concentrate on 2025-07-05. Its heavy section sees only the feed\'s traces of Tb, Dy and Y (under 0.5 % of the REO), and the entrainment losses of a small stream weigh more: the heavy mixed oxide holds 90 % of the feed\'s terbium, dysprosium and yttrium, against 95 % for the major elements.',
  expect: 'Nothing: a minor stream recovered a little worse than the major ones, above the legal floor of about 88 %.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const c = julyCampaign(ctx, june.concentrate, 0, (plan) => {
      const heavy = plan.byProduct['mixed-oxide-heavy']!;
      heavy.composition = scale(heavy.composition!, 0.9 / 0.95);
      heavy.massGrams = oxideMass(heavy.composition, 0.95);
    });
    w.record(r.separator, at('2025-08-06', '10:00'), c.events);
    return { world: w, find: {} };
  },
});
