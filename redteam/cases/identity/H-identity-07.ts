import { defineCase } from '../../lib/case.ts';
import { add, at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-07',
  family: 'identity',
  violation: false,
  heldOut: false,
  title: 'Lanthanum–cerium mischmetal exported without a licence',
  does: 'The smelter reduces 10 t of the separator\'s lanthanum oxide and 20 t of its cerium oxide to La–Ce mischmetal and sells it to the Shanghai trading house, which exports 20 t to India for steelmaking. A rare earth metal, but of two elements no control lists.',
  expect: 'Nothing: the dual-use controls cover Sm, Gd, Tb, Dy, Lu, Sc and Y metals (and, suspended, Ho, Er, Tm, Eu, Yb), not La or Ce.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const la = june.separation.byProduct['oxide-la']!;
    const ce = june.separation.byProduct['oxide-ce']!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.ship(r.separator, 'shp-2507-la', at('2025-07-02'), la.id, tonnes(10), r.smelter, `${la.id}-M1`),
      s.ship(r.separator, 'shp-2507-ce', at('2025-07-02', '09:00'), ce.id, tonnes(20), r.smelter, `${ce.id}-M1`),
    ]);
    const laLot = r.separator.lot(`${la.id}-M1`);
    const ceLot = r.separator.lot(`${ce.id}-M1`);
    const metal = scale(add(s.lot(laLot).composition, s.lot(ceLot).composition), 0.97);
    const metalGrams = metalMass(metal);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-la', at('2025-07-03'), laLot, tonnes(10)),
      s.receive(r.smelter, 'rcv-2507-ce', at('2025-07-03', '09:00'), ceLot, tonnes(20)),
      s.process(r.smelter, 'met-2507-mm', at('2025-07-09'), [{ lot: laLot, massGrams: tonnes(10) }, { lot: ceLot, massGrams: tonnes(20) }], [{ id: 'MET-2507-MM', product: 'metal-mischmetal-lace', massGrams: metalGrams, composition: metal }], { facility: r.metalPlant }),
      s.ship(r.smelter, 'shp-2507-mm', at('2025-07-14'), 'MET-2507-MM', tonnes(20), r.exporter, 'MET-2507-MM-S1'),
    ]);
    const shipment = r.smelter.lot('MET-2507-MM-S1');
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-mm', at('2025-07-15'), shipment, tonnes(20)),
      s.export(r.exporter, 'exp-2507-mm', at('2025-07-24'), shipment, tonnes(20), 'IN', { customsDeclaration: '220120250700087766' }),
    ]);
    return { world: w, find: {} };
  },
});
