import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-60',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Holmium oxide exported after its control took effect, dated the last day of the suspension',
  does: 'The suspension of the holmium control ended on 2026-11-10. The Shanghai trading house buys the Longnan separator\'s November 2026 holmium oxide, shipped on 11-15 and received on 11-16, and exports it to Korea a few days later without a licence. In its November report, filed on 12-08, it dates the export 11-10, the last day the control was suspended, and files the customs declaration number with it. The export is dated six days before the trading house received the oxide it exported.',
  expect: 'An export backdated to before a control took effect: its date precedes the receipt of the lot it exported, so it cannot be the day it happened; judged at any possible date it needed a licence. The export, the lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2026-11', '2611');
    const grams = heavy.grams['oxide-ho']!;
    const lot = sellOxide(ctx, south, heavy, 'oxide-ho', grams, r.exporter, '2026-11', '2611-ho');
    w.record(r.exporter, at('2026-12-08', '11:00'), [s.export(r.exporter, 'exp-2611-ho', at('2026-11-10', '16:00'), lot, grams, 'KR', { customsDeclaration: '220120261100041173' })]);
    return {
      world: w,
      find: { events: [r.exporter.event('exp-2611-ho')], lots: [lot], parties: [r.exporter.id] },
    };
  },
});
