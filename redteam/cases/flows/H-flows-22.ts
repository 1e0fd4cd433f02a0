import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

const DECLARATION = '220120250800041350';

export default defineCase({
  id: 'H-flows-22',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Two dysprosium lots in one container under one customs declaration',
  does: 'The Shanghai trading house holds a dual-use licence for up to 5 t REO of dysprosium oxide to Japan. It buys 2 t of Dy oxide from the Longnan separator in July and 1.5 t more in August, two lots from two purchases. Both go into one container and clear customs together at 10:00 on 2025-08-26 under one declaration with two line items, recorded as two export events, one per lot, at the same moment.',
  expect: 'Nothing: one declaration may cover several lots shipped together; the two exports are simultaneous, licensed and within the licence\'s 5 t (3.5 t REO).',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const first = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(2), r.exporter, '2025-07', '2507-dy');
    const second = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(1.5), r.exporter, '2025-08', '2508-dy');
    const when = at('2025-08-26', '10:00');
    w.record(r.exporter, at('2025-09-08', '10:00'), [
      { ...s.export(r.exporter, 'exp-2508-dy1', when, first, tonnes(2), 'JP', { licence, customsDeclaration: DECLARATION }), note: 'container TGHU 8841207, declaration line 1 of 2' },
      { ...s.export(r.exporter, 'exp-2508-dy2', when, second, tonnes(1.5), 'JP', { licence, customsDeclaration: DECLARATION }), note: 'container TGHU 8841207, declaration line 2 of 2' },
    ]);
    return { world: w, find: {} };
  },
});
