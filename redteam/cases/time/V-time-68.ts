import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-68',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Terbium oxide exported on 22 April 2025 without a licence "under a contract signed in March, before the control"',
  does: 'The Shanghai exporter buys 500 kg of terbium oxide from the Longnan separator in March 2025 (shipped 03-15, received 03-16) against a contract of 03-20 with a Korean magnet maker. The dual-use control on terbium takes effect on 04-04. The exporter ships the oxide to Korea on 04-22 with no licence, its declaration and ledger note citing the March contract as "concluded before the control, not subject to it". Export controls apply to what crosses the border from their first day, whatever the contract\'s date; and on 04-22 the catalogue licence it might have used had ended too. April is reported on 8 May.',
  expect: 'An export judged by its own date, not its contract\'s: a controlled item exported after the control began, without a licence; the export, its lot and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-03', '2503');
    const grams = tonnes(0.5);
    const lot = sellOxide(ctx, south, heavy, 'oxide-tb', grams, r.exporter, '2025-03', '2503-tb');
    w.record(r.exporter, at('2025-05-08', '10:00'), [
      s.export(r.exporter, 'exp-2504-tb', at('2025-04-22'), lot, grams, 'KR', { customsDeclaration: '220120250400031907', note: 'contract SH-KR-2025-0320 of 2025-03-20, concluded before the dual-use control took effect' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('exp-2504-tb')], lots: [lot], parties: [r.exporter.id] } };
  },
});
