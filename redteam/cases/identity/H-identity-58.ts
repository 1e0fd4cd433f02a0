import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { addPolishingWorks } from '../../lib/round15.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-identity-58',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Cerium oxide milled and classified into high-cerium polishing powder and exported to Korea without a licence',
  does: 'A Baotou polishing-materials works buys 12 t of the separator\'s cerium oxide (shipped 2025-07-08, received 07-09), calcines, mills and classifies it on 07-14 into 11.9 t of high-cerium polishing powder (the fines lost in the classifier, an estimate) and sells it to the Shanghai trading house (shipped 07-17, received 07-19), which exports it to a Korean cover-glass maker on 07-25 without a licence.',
  expect: 'Nothing: a cerium oxide turned into a polishing powder holds the same cerium under a new product, and neither cerium oxide nor polishing powder is under export control in July 2025.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const { works, plant } = addPolishingWorks(ctx);
    const grams = tonnes(12);
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-ce', at('2025-07-08'), 'SEP-2506-CE', grams, works, 'SEP-2506-CE-S1'),
    ]);
    const ce = r.separator.lot('SEP-2506-CE-S1');
    const out = tonnes(11.9);
    const composition = s.share(ce, Math.floor(grams * 0.99));
    w.record(works, at('2025-08-07', '10:00'), [
      s.receive(works, 'rcv-2507-ce', at('2025-07-09'), ce, grams),
      s.process(works, 'pol-2507-01', at('2025-07-14'), [{ lot: ce, massGrams: grams }], [{ id: 'PP-2507-01', product: 'polishing-ceria', massGrams: out, composition }],
        { facility: plant, note: 'calcining, jet milling and air classification' }),
      s.ship(works, 'shp-2507-pp', at('2025-07-17'), 'PP-2507-01', out, r.exporter),
    ]);
    const pp = works.lot('PP-2507-01');
    w.record(r.exporter, at('2025-08-08', '11:00'), [
      s.receive(r.exporter, 'rcv-2507-pp', at('2025-07-19'), pp, out),
      s.export(r.exporter, 'exp-2507-pp', at('2025-07-25', '15:00'), pp, out, 'KR', { customsDeclaration: '220120250700097902' }),
    ]);
    return { world: w, find: {} };
  },
});
