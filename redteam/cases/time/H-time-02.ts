import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-02',
  family: 'time',
  violation: false,
  heldOut: false,
  title: 'June reported after the licence was revoked on 07-01',
  does: 'The separator\'s licence was revoked with effect from 2025-07-01 (valid to 2025-06-30, revoked). It separates nothing after June, and files its June report on 2025-07-06, as the law obliges it to.',
  expect: 'Nothing: June\'s separation was licensed in June; the report is the law\'s duty, not an activity.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    w.amendLicence(r.separationLicence, { validTo: '2025-06-30', status: 'revoked' });
    honestMonth(ctx, '2025-06');
    return { world: w, find: {} };
  },
});
