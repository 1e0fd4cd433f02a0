// Estimates (not in shared/DOMAIN.md): none beyond the catalogue's clay concentrate (92 % REO).
import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { clayMonth, guangdong } from '../../lib/round23.ts';

export default defineCase({
  id: 'H-conservation-35',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Heyuan separator\'s ageing cascade recovers 94.5 % of a Pingyuan clay concentrate, just above the ionic floor of 94 %',
  does: 'The Pingyuan (Meizhou) clay mine leaches 150 t of light ionic concentrate (92 % REO) on 2025-07-04 and ships it to its group\'s separator in Heyuan on 07-12. The separator\'s extraction cascade dates from 2009 and loses more to its raffinate and effluent sludge than a new plant would: on 07-20 it separates the lot at 94.5 % of every element into single oxides, as its process note says. Both report July on the 5th and 6th of August.',
  expect: 'Nothing: 94.5 % is above the 94 % the 2016 industry conditions ask of ionic feeds (shared/DOMAIN.md); a balance rule must allow the losses the norms allow for clay concentrate.',
  build() {
    const ctx = baselineWorld();
    honestMonth(ctx, '2025-06');
    const gd = guangdong(ctx);
    clayMonth(ctx, gd, '2025-07', '2507', 150, 'concentrate-ionic-light', {
      recovery: 0.945, note: 'hydrochloric acid dissolution, P507 cascade of 2009; 94.5 % of every element to products, the rest to raffinate and effluent sludge',
    });
    return { world: ctx.w, find: {} };
  },
});
