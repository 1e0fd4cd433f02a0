import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-07',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Separation goes on after the licence was revoked',
  does: 'The separator\'s licence was revoked with effect from 2025-07-01 (the registry shows it revoked, valid to 2025-06-30). Its June separation was legal; it goes on separating in July and reports July as usual.',
  expect: 'The July separation, after the licence ended; the July process event (June\'s is legal).',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    w.amendLicence(r.separationLicence, { validTo: '2025-06-30', status: 'revoked' });
    honestMonth(ctx, '2025-06');
    honestMonth(ctx, '2025-07');
    return { world: w, find: { events: [r.separator.event('sep-2507-01')] } };
  },
});
