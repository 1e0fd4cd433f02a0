import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-31',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Three gadolinium oxide exports that use 99.8 % of the licence',
  does: 'The Shanghai trading house holds a dual-use licence for gadolinium oxide, 5 t, valid 2025-07-15 to 2026-07-14. It buys 4.99 t of Gd oxide (99 %) from the Longnan separator in July 2025 and exports it to a Japanese MRI contrast-agent maker in three consignments: 1.6 t on 08-12, 1.7 t on 09-16 and 1.69 t on 10-21, each under its own customs declaration and the licence. The three add up to 4.99 t gross, 4.94 t REO: 99.8 % of the licence by gross mass.',
  expect: 'Nothing: every consignment is covered by a valid licence for that product and element, and together they stay under the licensed quantity however it is counted (gross or REO).',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({ id: 'RT-EXP-PJ-GD-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-15', validTo: '2026-07-14', capacityTonnesReo: 5, scope: { products: ['oxide-gd'], elements: ['Gd'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-gd', tonnes(4.99), r.exporter, '2025-07', '2507-gd');
    w.record(r.exporter, at('2025-09-05', '10:00'), [s.export(r.exporter, 'exp-2508-gd', at('2025-08-12'), lot, tonnes(1.6), 'JP', { licence, customsDeclaration: '220120250800052210' })]);
    w.record(r.exporter, at('2025-10-08', '10:00'), [s.export(r.exporter, 'exp-2509-gd', at('2025-09-16'), lot, tonnes(1.7), 'JP', { licence, customsDeclaration: '220120250900061744' })]);
    w.record(r.exporter, at('2025-11-07', '10:00'), [s.export(r.exporter, 'exp-2510-gd', at('2025-10-21'), lot, tonnes(1.69), 'JP', { licence, customsDeclaration: '220120251000070391' })]);
    return { world: w, find: {} };
  },
});
