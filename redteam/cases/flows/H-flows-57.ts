import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';
import { exportLicence } from '../../lib/round18.ts';
import { heavyTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'H-flows-57',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Licensed dysprosium oxide declared into a bonded park, destination "China", for consolidation before the ship to Japan',
  does: 'The Shanghai trading house holds a dual-use licence for 3 t REO of dysprosium oxide (2025-07-01 to 2026-06-30). It buys 2.5 t from Longnan (received 2025-07-16) and on 07-23 declares it into the Yangshan bonded port area, destination written CN as the bonded-park declaration asks, citing the licence; it leaves for Yokohama with a consolidated container a week later.',
  expect: 'Nothing: a controlled oxide leaves customs territory under a valid licence covering its element, product and quantity; the destination field names the bonded park\'s country.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const licence = exportLicence(ctx, r.exporter, 'RT-EXP-PJ-DY-2025B', ['Dy'], ['oxide-dy'], '2025-07-01', '2026-06-30', 3);
    const grams = tonnes(2.5);
    const { lot } = heavyTo(ctx, 'oxide-dy', grams, r.exporter, '2507-dy');
    w.record(r.exporter, at('2025-08-08', '11:00'), [
      s.export(r.exporter, 'exp-2507-dy', at('2025-07-23', '14:00'), lot, grams, 'CN', { licence, customsDeclaration: '220120250700041902', note: 'into the Yangshan bonded port area for consolidation; onward to Yokohama' }),
    ]);
    return { world: w, find: {} };
  },
});
