// Estimates (not in shared/DOMAIN.md): oxygen-storage powder at 50 % REO (the catalogue's grade); 99 %
// of the rare earths into the powder.
import { defineCase } from '../../lib/case.ts';
import { add, at, reo, scale, tonnes } from '../../lib/chem.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { longnanHeavy, on, wuhan } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-identity-26',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'A Wuhan catalyst works exports 29 t of "ceria–zirconia oxygen-storage powder" to Germany whose rare earths are more than half yttria',
  does: 'A Wuhan maker of ceria–zirconia oxygen-storage materials, registered as a catalyst maker and exporter, buys 6 t of cerium oxide and 0.8 t of lanthanum oxide from the Baotou separator (shipped 07-03, received 07-05) and 8 t of yttrium oxide from the Longnan separator (shipped 07-15, received 07-16). On 07-22 it co-precipitates all of it with zirconium into 29.0 t of powder booked as ceria–zirconia oxygen-storage material, and on 07-30 exports all of it to a German buyer as "CeO2–ZrO2 oxygen storage material, HS 3815.90", without a dual-use licence. An oxygen-storage material is mostly ceria with a few per cent of lanthana or yttria as stabiliser; this one holds 7.8 t of Y2O3 against 5.9 t of CeO2, 54 % of its rare earth oxide, and the buyer leaches the yttria back out. The works reports July on 08-07.',
  expect: 'A "catalyst" whose composition is not the product\'s, carrying a controlled element out of the country without a licence: the powder lot, the export, the co-precipitation and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const wh = wuhan(ctx);
    w.record(r.separator, on('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-wh-ce', at('2025-07-03'), 'SEP-2506-CE', tonnes(6), wh.party, 'SEP-2506-CE-WH'),
      s.ship(r.separator, 'shp-2507-wh-la', at('2025-07-03'), 'SEP-2506-LA', tonnes(0.8), wh.party, 'SEP-2506-LA-WH'),
    ]);
    const ce = r.separator.lot('SEP-2506-CE-WH');
    const la = r.separator.lot('SEP-2506-LA-WH');
    const { chain, heavy } = longnanHeavy(ctx, '2507', 100);
    const y = sellOxide(ctx, chain, heavy, 'oxide-y', tonnes(8), wh.party, '2025-07', '2507-wh');
    const comp = scale(add(add(s.lot(ce).composition, s.lot(la).composition), s.lot(y).composition), 0.99);
    const grams = Math.round(reo(comp) / 0.5);
    w.record(wh.party, on('2025-08-07', '11:00'), [
      s.receive(wh.party, 'rcv-2507-ce', at('2025-07-05'), ce, tonnes(6)),
      s.receive(wh.party, 'rcv-2507-la', at('2025-07-05'), la, tonnes(0.8)),
      s.process(wh.party, 'osm-2507-01', at('2025-07-22'), [{ lot: ce, massGrams: tonnes(6) }, { lot: la, massGrams: tonnes(0.8) }, { lot: y, massGrams: tonnes(8) }], [
        { id: 'OSM-2507-01', product: 'catalyst-ceria-zirconia', massGrams: grams, composition: comp },
      ], { facility: wh.plant, note: 'co-precipitation with zirconyl nitrate and ammonia, calcination at 700 °C' }),
      s.export(wh.party, 'exp-2507-osm', at('2025-07-30'), 'OSM-2507-01', grams, 'DE', { customsDeclaration: '470120250700052904', note: 'CeO2–ZrO2 oxygen storage material, HS 3815.90' }),
    ]);
    return {
      world: w,
      find: { parties: [wh.party.id], lots: [wh.party.lot('OSM-2507-01')], events: [wh.party.event('osm-2507-01'), wh.party.event('exp-2507-osm')] },
    };
  },
});
