// Figures as the baseline's (chain.ts): 1,000 t of Bayan Obo concentrate separated at 95 %, 0.45 t of
// water-leach residue per t of feed.
import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { julyCampaignAt, shiguaiLine } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-licences-17',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Baotou separator moves July\'s campaign to its second line at Shiguai, registered under the same licence',
  does: 'The Baotou separator\'s licence covers two plants: its Jiuyuan plant and a second line at Shiguai, both registered under it. With Jiuyuan booked for a customer\'s campaign, it separates the 1,000 t of Bayan Obo concentrate it received on 2025-07-11 at Shiguai on 07-20, its water-leach residue going to the licensed store. Its June campaign ran at Jiuyuan. It reports July on 08-06.',
  expect: 'Nothing: a licensed separator, at a plant its licence covers, inside its quota and its licence\'s dates.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const shiguai = shiguaiLine(ctx, r.separationLicence);
    julyCampaignAt(ctx, shiguai, 'acid roasting, water leach, solvent extraction at the Shiguai line');
    return { world: w, find: {} };
  },
});
