import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { julyCampaign } from '../../lib/round21.ts';

export default defineCase({
  id: 'V-conservation-44',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Baotou campaign\'s heavy mixed oxide booked with two-fifths of the feed\'s terbium and dysprosium',
  does: 'The separator runs 200 t of June concentrate on 2025-07-05. Bayan Obo ore is light, so its heavy cut is small; the plant books the heavy mixed oxide with 38 % of the feed\'s terbium, dysprosium and yttrium instead of 95 %, and the other 57 %, some 230 kg of rare earths, nearly half of them Tb and Dy, leaves in drums to a Guangdong buyer for cash. Tb and Dy are a fraction of a per cent of the REO: the campaign still closes at about 94 %.',
  expect: 'Terbium and dysprosium missing from a campaign whose REO balance closes; the campaign, the heavy oxide lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const c = julyCampaign(ctx, june.concentrate, 0, (plan) => {
      const heavy = plan.byProduct['mixed-oxide-heavy']!;
      heavy.composition = scale(heavy.composition!, 0.4);
      heavy.massGrams = oxideMass(heavy.composition, 0.95);
    });
    w.record(r.separator, at('2025-08-06', '10:00'), c.events);
    return { world: w, find: { events: [r.separator.event('sep-2507-01')], lots: [c.lots['mixed-oxide-heavy']!], parties: [r.separator.id] } };
  },
});
