// Estimates (not in shared/DOMAIN.md): a zirconia-rich CZ grade at 30 % REO; 99 % of the rare earths
// into the powder.
import { defineCase } from '../../lib/case.ts';
import { add, at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on, wuhan } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-identity-27',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A zirconia-rich oxygen-storage powder at 30 % rare earth oxide, doped with praseodymium and neodymium, exported to Thailand without a licence',
  does: 'A Wuhan maker of ceria–zirconia oxygen-storage materials, registered as a catalyst maker and exporter, buys 5 t of cerium oxide, 1 t of lanthanum oxide and 1 t of NdPr oxide from the Baotou separator (shipped 07-03, received 07-05). On 07-20 it co-precipitates them with zirconium into its zirconia-rich grade for close-coupled converters: 22.9 t of powder, only 30 % rare earth oxide (71 % of it ceria, 14 % lanthana, 14 % praseodymia and neodymia as dopants for oxygen mobility). On 07-29 it exports 22 t to an exhaust-catalyst coater in Rayong, Thailand, without a licence: none of its elements is controlled. It reports July on 08-07.',
  expect: 'Nothing: a leaner, zirconia-rich grade with praseodymium and neodymium dopants is still the product its label says, and cerium, lanthanum, praseodymium and neodymium need no export licence in any form.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const wh = wuhan(ctx);
    w.record(r.separator, on('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-wh-ce', at('2025-07-03'), 'SEP-2506-CE', tonnes(5), wh.party, 'SEP-2506-CE-WH'),
      s.ship(r.separator, 'shp-2507-wh-la', at('2025-07-03'), 'SEP-2506-LA', tonnes(1), wh.party, 'SEP-2506-LA-WH'),
      s.ship(r.separator, 'shp-2507-wh-nd', at('2025-07-03'), 'SEP-2506-NDPR', tonnes(1), wh.party, 'SEP-2506-NDPR-WH'),
    ]);
    const ce = r.separator.lot('SEP-2506-CE-WH');
    const la = r.separator.lot('SEP-2506-LA-WH');
    const nd = r.separator.lot('SEP-2506-NDPR-WH');
    const comp = scale(add(add(s.lot(ce).composition, s.lot(la).composition), s.lot(nd).composition), 0.99);
    const grams = Math.round(reo(comp) / 0.3);
    w.record(wh.party, on('2025-08-07', '11:00'), [
      s.receive(wh.party, 'rcv-2507-ce', at('2025-07-05'), ce, tonnes(5)),
      s.receive(wh.party, 'rcv-2507-la', at('2025-07-05'), la, tonnes(1)),
      s.receive(wh.party, 'rcv-2507-nd', at('2025-07-05'), nd, tonnes(1)),
      s.process(wh.party, 'osm-2507-01', at('2025-07-20'), [{ lot: ce, massGrams: tonnes(5) }, { lot: la, massGrams: tonnes(1) }, { lot: nd, massGrams: tonnes(1) }], [
        { id: 'OSM-2507-01', product: 'catalyst-ceria-zirconia', massGrams: grams, composition: comp },
      ], { facility: wh.plant, note: 'zirconia-rich CZ grade (ZrO2 about 65 %): co-precipitation with zirconyl nitrate, Pr and Nd as dopants; calcination at 700 °C; 1 % to filter losses' }),
      s.export(wh.party, 'exp-2507-osm', at('2025-07-29'), 'OSM-2507-01', tonnes(22), 'TH', { customsDeclaration: '470120250700053117', note: 'CeO2–ZrO2 oxygen storage material, HS 3815.90' }),
    ]);
    return { world: w, find: {} };
  },
});
