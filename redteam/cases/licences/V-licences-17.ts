// Figures as the baseline's (chain.ts): 1,000 t of Bayan Obo concentrate separated at 95 %, 0.45 t of
// water-leach residue per t of feed.
import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { julyCampaignAt, shiguaiLine } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-licences-17',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Baotou separator runs July\'s 1,000 t of concentrate through its old Shiguai line, closed in the consolidation and restarted without a licence',
  does: 'The Baotou separator\'s licence covers its Jiuyuan plant. Its old Shiguai line, shut in the group\'s consolidation, stands in the registry as a plant of the company with no licence. With Jiuyuan booked for a customer\'s campaign, the separator restarts Shiguai and on 2025-07-20 separates there the 1,000 t of Bayan Obo concentrate it received on 07-11, its water-leach residue going to the licensed store as usual. It reports July on 08-06.',
  expect: 'Separation at a plant no licence covers: the Shiguai campaign, its NdPr oxide and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const shiguai = shiguaiLine(ctx);
    const july = julyCampaignAt(ctx, shiguai, 'acid roasting, water leach, solvent extraction at the Shiguai line');
    return { world: w, find: { parties: [r.separator.id], lots: [july.ndpr], events: [july.event] } };
  },
});
