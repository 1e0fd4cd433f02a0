import { defineCase } from '../../lib/case.ts';
import { at, tonnes, totalGrams } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';
import { heavyTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-identity-58',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide fluorinated at the Baotou smelter, booked as "NdPr fluoride" and exported to Korea without a licence',
  does: 'The Baotou metal smelter fluorinates oxides for its own cells and sells the surplus. It buys 2 t of dysprosium oxide from Longnan (received 2025-07-16), fluorinates it with hydrofluoric acid on 07-19 into 2.3 t of dysprosium fluoride, which it books as praseodymium–neodymium fluoride, and ships it to the Shanghai trading house (07-21, received 07-22), which exports it to a Korean magnet maker on 07-28 as NdPr fluoride, with no licence. All is reported on time.',
  expect: 'A salt that holds only dysprosium booked as NdPr fluoride, which needs no licence, and exported without the licence a dysprosium compound needs: the fluorination, the export and the fluoride lot.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const grams = tonnes(2);
    const { lot } = heavyTo(ctx, 'oxide-dy', grams, r.smelter, '2507-dy');
    const dy = { ...s.lot(lot).composition };
    // DyF3 per gram of Dy: 1 + 3 × 18.998 / 162.5 (standard atomic weights); salt at 99 % purity.
    const fluorideGrams = Math.ceil((totalGrams(dy) * (1 + (3 * 18.998) / 162.5)) / 0.99);
    const id = 'FL-2507-01';
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.process(r.smelter, 'flu-2507-01', at('2025-07-19'), [{ lot, massGrams: grams }], [
        { id, product: 'salt-ndpr-fluoride', massGrams: fluorideGrams, composition: dy },
      ], { facility: r.metalPlant, note: 'HF fluorination in the fluoride kiln' }),
      s.ship(r.smelter, 'shp-2507-fl', at('2025-07-21'), id, fluorideGrams, r.exporter, undefined, 'fluoride drums'),
    ]);
    const fl = r.smelter.lot(id);
    w.record(r.exporter, at('2025-08-08', '11:00'), [
      s.receive(r.exporter, 'rcv-2507-fl', at('2025-07-22'), fl, fluorideGrams),
      s.export(r.exporter, 'exp-2507-fl', at('2025-07-28', '15:00'), fl, fluorideGrams, 'KR', { customsDeclaration: '220120250700097741', note: 'praseodymium-neodymium fluoride' }),
    ]);
    return { world: w, find: { events: [r.smelter.event('flu-2507-01'), r.exporter.event('exp-2507-fl')], lots: [fl] } };
  },
});
