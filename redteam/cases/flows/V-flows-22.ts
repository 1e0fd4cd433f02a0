import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

const DECLARATION = '220120250800031177';

export default defineCase({
  id: 'V-flows-22',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'One customs declaration, two dysprosium exports',
  does: 'The Shanghai trading house holds a dual-use licence for up to 5 t REO of dysprosium oxide and buys 4 t from the Longnan separator in July 2025. It exports 2 t to Japan on 08-05 under customs declaration 220120250800031177 and books a second 2 t export on 08-19 under the same declaration number. Only the first consignment crossed the border: the second 2 t were sold in China, and the books show them as gone abroad, inside the licence\'s quantity.',
  expect: 'Two exports citing one customs declaration: the second export did not happen as declared (diversion); the second export event and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(4), r.exporter, '2025-07', '2507-dy');
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      s.export(r.exporter, 'exp-2508-dy1', at('2025-08-05'), lot, tonnes(2), 'JP', { licence, customsDeclaration: DECLARATION }),
      s.export(r.exporter, 'exp-2508-dy2', at('2025-08-19'), lot, tonnes(2), 'JP', { licence, customsDeclaration: DECLARATION }),
    ]);
    return { world: w, find: { parties: [r.exporter.id], events: [r.exporter.event('exp-2508-dy2'), r.exporter.event('exp-2508-dy1')], lots: [lot] } };
  },
});
