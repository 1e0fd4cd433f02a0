import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-82',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'An exporter stocks gadolinium oxide for two months while its licence application is examined, and exports it after',
  does: 'A German maker of MRI contrast agents orders 4 t of gadolinium oxide. The Shanghai exporter buys it from the Longnan separator in July (shipped 07-15, received 07-16) and applies for a dual-use export licence, which MOFCOM takes its 45 working days to examine; the licence is issued valid from 2025-09-15, for 5 t REO of gadolinium oxide. The oxide waits in the exporter\'s Waigaoqiao warehouse and leaves for Hamburg on 09-22 under the licence. Everyone reports on time.',
  expect: 'Nothing: buying and holding a controlled product needs no export licence; the export, the only act that does, is inside the licence\'s scope, quantity and dates.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({ id: 'RT-EXP-PJ-GD-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-09-15', validTo: '2026-09-14', capacityTonnesReo: 5, scope: { products: ['oxide-gd'], elements: ['Gd'] } });
    const grams = tonnes(4);
    const lot = sellOxide(ctx, south, heavy, 'oxide-gd', grams, r.exporter, '2025-07', '2507-gd');
    w.record(r.exporter, at('2025-10-08', '10:00'), [
      s.export(r.exporter, 'exp-2509-gd', at('2025-09-22'), lot, grams, 'DE', { licence, customsDeclaration: '220120250900052207', note: 'Gd2O3 99.99 %, for MRI contrast agents' }),
    ]);
    return { world: w, find: {} };
  },
});
