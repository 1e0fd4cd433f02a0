import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-82',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide exported to Japan, "returned" three weeks later and re-exported to the United States on the same 6 t licence',
  does: 'The Shanghai exporter holds a dual-use licence for 6 t REO of dysprosium oxide. It buys 5 t from the Longnan separator (shipped 07-15, received 07-16) and exports them to a Tokyo trading house on 07-22 under the licence. On 08-12 it imports 5 t of dysprosium oxide back from the same Tokyo house as "returned goods, wrong particle size", and on 08-28 exports them to a buyer in the United States under the same licence, as if the return had restored the quantity it had used. The Tokyo house is a pass-through: the goods were bound for the United States from the start.',
  expect: 'A controlled product that goes out, comes back and goes out again to another country: the licence\'s 6 t is drawn twice, 9.9 t REO in all. The re-import, the second export and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.exporter, { roles: ['trader', 'exporter', 'importer'] });
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 6, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const grams = tonnes(5);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.exporter, '2025-07', '2507-dy');
    const held = { ...s.lot(lot).composition };
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.export(r.exporter, 'exp-2507-dy', at('2025-07-22'), lot, grams, 'JP', { licence, customsDeclaration: '220120250700045511' }),
    ]);
    const back = { id: 'RET-2508-DY', product: 'oxide-dy', massGrams: grams, composition: held };
    w.record(r.exporter, at('2025-09-08', '10:00'), [
      s.import(r.exporter, 'imp-2508-dy', at('2025-08-12'), back, 'JP', '220220250800039920'),
      s.export(r.exporter, 'exp-2508-dy', at('2025-08-28'), back.id, grams, 'US', { licence, customsDeclaration: '220120250800058813' }),
    ]);
    return {
      world: w,
      find: {
        events: [r.exporter.event('imp-2508-dy'), r.exporter.event('exp-2508-dy')],
        lots: [r.exporter.lot(back.id)],
        parties: [r.exporter.id],
      },
    };
  },
});
