import { defineCase } from '../../lib/case.ts';
import { add, at, oxideMass, scale, subtract } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { julyCampaign } from '../../lib/round21.ts';

export default defineCase({
  id: 'V-conservation-43',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Lanthanum oxide booked with 103 % of the feed\'s lanthanum, so the REO closes after a tenth of the NdPr goes missing',
  does: 'The separator runs 200 t of June concentrate on 2025-07-05. A tenth of the campaign\'s NdPr (about 1.7 t of Pr and Nd) is drawn off and sold for cash; to keep the campaign\'s REO recovery at 95 %, the clerk adds the same mass of rare earths to the lanthanum oxide lot, as lanthanum. The lanthanum oxide now holds about 103 % of the lanthanum the feed carried, the NdPr oxide 86 % of its Pr and Nd.',
  expect: 'A per-element imbalance hidden under a closing REO total (more lanthanum out than in, Pr and Nd short); the campaign, the lanthanum and NdPr lots, the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const c = julyCampaign(ctx, june.concentrate, 0, (plan) => {
      const ndpr = plan.byProduct['oxide-ndpr']!;
      const la = plan.byProduct['oxide-la']!;
      const taken = scale(ndpr.composition!, 0.1);
      const grams = (taken.Pr ?? 0) + (taken.Nd ?? 0);
      ndpr.composition = subtract(ndpr.composition!, taken);
      ndpr.massGrams = oxideMass(ndpr.composition);
      la.composition = add(la.composition!, { La: grams });
      la.massGrams = oxideMass(la.composition);
    });
    w.record(r.separator, at('2025-08-06', '10:00'), c.events);
    return { world: w, find: { events: [r.separator.event('sep-2507-01')], lots: [c.lots['oxide-la']!, c.ndpr], parties: [r.separator.id] } };
  },
});
