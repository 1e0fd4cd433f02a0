import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-32',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Holmium oxide exported a week after the suspension of its control ended',
  does: 'The Shanghai trading house has exported holmium oxide without a licence since the October 2025 controls on Ho, Er, Tm, Eu and Yb were suspended. It buys 1.2 t of holmium oxide from the Longnan separator in October 2026 and exports it to Korea on 2026-11-16, again without a licence, as it has done for a year. The suspension ran until 2026-11-10; from then on holmium oxide is a dual-use item, and this consignment needed a licence.',
  expect: 'An export judged by the controls in force on its own day: holmium oxide exported without a licence after the suspension ended; the export, the lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2026-10', '2610');
    const grams = tonnes(1.2);
    const lot = sellOxide(ctx, south, heavy, 'oxide-ho', grams, r.exporter, '2026-10', '2610-ho');
    w.record(r.exporter, at('2026-12-04', '10:00'), [s.export(r.exporter, 'exp-2611-ho', at('2026-11-16', '10:00'), lot, grams, 'KR', { customsDeclaration: '220120261100038826' })]);
    return { world: w, find: { events: [r.exporter.event('exp-2611-ho')], lots: [lot], parties: [r.exporter.id] } };
  },
});
