import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-82',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Customs draws 1.2 kg of samples from a licensed terbium oxide export, booked as a loss',
  does: 'The Shanghai exporter holds a dual-use licence for 1 t REO of terbium oxide (valid from 2025-07-01). It buys 800 kg from the Longnan separator (shipped 07-15, received 07-16). At Shanghai customs on 07-22 the inspectors open the drums and take three 400 g samples for laboratory verification of the declared goods, which are destroyed in testing; the exporter books a 1.2 kg loss citing the sampling record, and exports the remaining 798.8 kg to Japan on 07-24 under the licence. Everyone reports on time.',
  expect: 'Nothing: a small declared loss with a documented cause, the rest exported inside a valid licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({ id: 'RT-EXP-PJ-TB-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 1, scope: { products: ['oxide-tb'], elements: ['Tb'] } });
    const bought = tonnes(0.8);
    const lot = sellOxide(ctx, south, heavy, 'oxide-tb', bought, r.exporter, '2025-07', '2507-tb');
    const sample = 1_200;
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.adjust(r.exporter, 'adj-2507-tb', at('2025-07-22', '15:00'), lot, -sample, 'customs inspection: three 400 g samples drawn for laboratory verification, destroyed in testing (sampling record 2201-2025-07-3314)'),
      s.export(r.exporter, 'exp-2507-tb', at('2025-07-24'), lot, bought - sample, 'JP', { licence, customsDeclaration: '220120250700047718', note: 'Tb4O7 99.99 %, phosphor grade' }),
    ]);
    return { world: w, find: {} };
  },
});
