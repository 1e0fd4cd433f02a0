import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-30',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Holmium oxide exported the day before the suspension of its control ends, reported after',
  does: 'The Shanghai trading house buys 1.2 t of holmium oxide from the Longnan separator in October 2026 and, knowing that the suspension of the October 2025 controls on Ho, Er, Tm, Eu and Yb runs until 2026-11-10, clears it through customs for Korea at 10:00 on 2026-11-09, without a licence. It reports the export with November on 2026-12-04, when the control is in force.',
  expect: 'Nothing: on the day of the export (Beijing time) the control on holmium was suspended, so no licence was needed; that the control applies when the export is reported, or to later exports, does not reach back.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2026-10', '2610');
    const grams = tonnes(1.2);
    const lot = sellOxide(ctx, south, heavy, 'oxide-ho', grams, r.exporter, '2026-10', '2610-ho');
    w.record(r.exporter, at('2026-12-04', '10:00'), [s.export(r.exporter, 'exp-2611-ho', at('2026-11-09', '10:00'), lot, grams, 'KR', { customsDeclaration: '220120261100036105' })]);
    return { world: w, find: {} };
  },
});
