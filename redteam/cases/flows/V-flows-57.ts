import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';
import { heavyTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-flows-57',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide declared into the Qianhai bonded logistics park, destination "China", with no dual-use licence',
  does: 'The Shanghai trading house buys 2.5 t of dysprosium oxide from Longnan (received 2025-07-16) and on 07-23 declares it out to a warehouse in the Qianhai bonded logistics park, writing the destination as CN and citing no licence: "it does not leave China". Goods entering a bonded park are declared for export and leave the country\'s customs territory; from the park the drums go on to Hong Kong. July is reported on 08-08.',
  expect: 'An export declaration of a controlled oxide with no licence, whatever destination it writes: the export and the lot.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const grams = tonnes(2.5);
    const { lot } = heavyTo(ctx, 'oxide-dy', grams, r.exporter, '2507-dy');
    w.record(r.exporter, at('2025-08-08', '11:00'), [
      s.export(r.exporter, 'exp-2507-dy', at('2025-07-23', '14:00'), lot, grams, 'CN', { customsDeclaration: '531620250700041902', note: 'into the Qianhai bonded logistics park warehouse, bonded storage' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('exp-2507-dy')], lots: [lot] } };
  },
});
