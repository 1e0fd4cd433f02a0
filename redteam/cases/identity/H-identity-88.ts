import { defineCase } from '../../lib/case.ts';
import { add, at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { juneWorld, local } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-identity-88',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Lighter-flint mischmetal with 4 % praseodymium and neodymium exported to Japan without a licence',
  does: 'A Japanese lighter-flint maker orders mischmetal to its usual recipe, lanthanum and cerium with a few per cent of praseodymium and neodymium. The Baotou separator ships the metal smelter 8 t of lanthanum oxide, 15 t of cerium oxide and 1 t of NdPr oxide on 2025-07-03 (received 07-04); the smelter co-reduces them on 07-08 and ships 19 t of mischmetal to the Shanghai trading house on 07-12 (received 07-13), which exports it to Japan on 07-25 with no licence.',
  expect: 'Nothing: La, Ce, Pr and Nd metals are under no export control; the lot carries none of the controlled elements.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 97 % metal yield (refining.ts).
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const la = tonnes(8);
    const ce = tonnes(15);
    const nd = tonnes(1);
    const ndpr = local(june.ndprOxide);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.ship(r.separator, 'shp-2507-la', at('2025-07-03'), 'SEP-2506-LA', la, r.smelter, 'SEP-2506-LA-S1'),
      s.ship(r.separator, 'shp-2507-ce', at('2025-07-03'), 'SEP-2506-CE', ce, r.smelter, 'SEP-2506-CE-S1'),
      s.ship(r.separator, 'shp-2507-nd', at('2025-07-03'), ndpr, nd, r.smelter, `${ndpr}-S2`),
    ]);
    const lots = [r.separator.lot('SEP-2506-LA-S1'), r.separator.lot('SEP-2506-CE-S1'), r.separator.lot(`${ndpr}-S2`)];
    const grams = [la, ce, nd];
    const metal = scale(lots.reduce((acc, lot, i) => add(acc, s.share(lot, grams[i]!)), {}), 0.97);
    const metalGrams = metalMass(metal);
    const shipped = tonnes(19);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      ...lots.map((lot, i) => s.receive(r.smelter, `rcv-2507-${i + 1}`, at('2025-07-04'), lot, grams[i]!)),
      s.process(r.smelter, 'met-2507-mm', at('2025-07-08'), lots.map((lot, i) => ({ lot, massGrams: grams[i]! })), [
        { id: 'MM-2507-01', product: 'metal-mischmetal-lace', massGrams: metalGrams, composition: metal },
      ], { facility: r.metalPlant, note: 'lighter-flint mischmetal by chloride–fluoride electrolysis' }),
      s.ship(r.smelter, 'shp-2507-mm', at('2025-07-12'), 'MM-2507-01', shipped, r.exporter, 'MM-2507-01-S1', '250 kg drums on 1 t pallets'),
    ]);
    const lot = r.smelter.lot('MM-2507-01-S1');
    w.record(r.exporter, at('2025-08-07', '11:00'), [
      s.receive(r.exporter, 'rcv-2507-mm', at('2025-07-13'), lot, shipped),
      s.export(r.exporter, 'exp-2507-jp', at('2025-07-25'), lot, shipped, 'JP', { customsDeclaration: '220120250725006613', note: 'mischmetal for lighter flints, HS 2805.30' }),
    ]);
    return { world: w, find: {} };
  },
});
