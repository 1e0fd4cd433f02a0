import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { julyCampaign } from '../../lib/round21.ts';

export default defineCase({
  id: 'H-conservation-43',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Uneven recoveries in one campaign: lanthanum at 98.5 %, praseodymium and neodymium at 93 %',
  does: 'The separator runs 200 t of June concentrate on 2025-07-05 with a new extractant batch in the Pr/Nd section, which strips less cleanly in its first weeks: the lanthanum cut recovers 98.5 % of the feed\'s lanthanum, the NdPr cut only 93 % of its Pr and Nd (the rest leaves in the raffinate to effluent treatment); the other elements at the usual 95 %.',
  expect: 'Nothing: element recoveries differ between cuts of a cascade; each element is under 100 % and the NdPr above the legal floor of about 88 %.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const feed = s.lot(june.concentrate).composition;
    const c = julyCampaign(ctx, june.concentrate, 0, (plan) => {
      const ndpr = plan.byProduct['oxide-ndpr']!;
      const la = plan.byProduct['oxide-la']!;
      ndpr.composition = pick(scale(feed, 0.93), ['Pr', 'Nd']);
      ndpr.massGrams = oxideMass(ndpr.composition);
      la.composition = pick(scale(feed, 0.985), ['La']);
      la.massGrams = oxideMass(la.composition);
    });
    w.record(r.separator, at('2025-08-06', '10:00'), c.events);
    return { world: w, find: {} };
  },
});
