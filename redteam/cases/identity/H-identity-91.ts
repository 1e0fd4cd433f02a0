import { defineCase } from '../../lib/case.ts';
import { add, at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-91',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Ceria–zirconia oxygen-storage powder with 6 % yttria exported to a German catalyst maker without a licence',
  does: 'A Wuxi catalyst-materials maker buys 8 t of cerium oxide and 1 t of lanthanum oxide from the Baotou separator (shipped 07-03, received 07-05) and 1.2 t of yttrium oxide from the Longnan separator (received 07-16). On 07-20 it co-precipitates them with zirconium into 20 t of CeO2–ZrO2 oxygen-storage material (about 50 % REO: 78 % of it ceria, 10 % lanthana, 12 % yttria as a stabiliser; zirconia not booked), and on 07-28 exports 19 t to a German exhaust-catalyst maker without a licence. Yttrium oxide is controlled; a catalyst material that holds it is not, and this one is the product its label says. Everyone reports on time.',
  expect: 'Nothing: a catalyst of the catalogue\'s composition, made in China from oxides bought through the chain, is not a controlled item; the yttrium in it is a stabiliser, not a disguised oxide.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const maker = w.party('catalyst-maker', { kind: 'enterprise', roles: ['catalyst-maker', 'exporter'], nameZh: '无锡锡山环保催化材料有限公司', nameEn: 'Wuxi Xishan Environmental Catalyst Materials Co.', region: '320200' });
    const plant = w.facility({ id: 'plant-wuxi-catalyst', party: maker.id, kind: 'plant', nameZh: '无锡催化材料厂', nameEn: 'Wuxi catalyst materials plant', region: '320200' });
    const ce = june.separation.byProduct['oxide-ce']!;
    const la = june.separation.byProduct['oxide-la']!;
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-wx-ce', at('2025-07-03'), ce.id, tonnes(8), maker, 'SEP-2506-CE-WX'),
      s.ship(r.separator, 'shp-2507-wx-la', at('2025-07-03'), la.id, tonnes(1), maker, 'SEP-2506-LA-WX'),
    ]);
    const ceLot = r.separator.lot('SEP-2506-CE-WX');
    const laLot = r.separator.lot('SEP-2506-LA-WX');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const yLot = sellOxide(ctx, south, heavy, 'oxide-y', tonnes(1.2), maker, '2025-07', '2507-y');
    const comp = scale(add(add(s.lot(ceLot).composition, s.lot(laLot).composition), s.lot(yLot).composition), 0.99);
    const grams = Math.round(reo(comp) / 0.5);
    const exported = tonnes(19);
    w.record(maker, at('2025-08-07', '11:00'), [
      s.receive(maker, 'rcv-2507-ce', at('2025-07-05'), ceLot, tonnes(8)),
      s.receive(maker, 'rcv-2507-la', at('2025-07-05'), laLot, tonnes(1)),
      s.process(maker, 'osm-2507-01', at('2025-07-20'), [{ lot: ceLot, massGrams: tonnes(8) }, { lot: laLot, massGrams: tonnes(1) }, { lot: yLot, massGrams: tonnes(1.2) }], [
        { id: 'OSM-2507-01', product: 'catalyst-ceria-zirconia', massGrams: grams, composition: comp },
      ], { facility: plant, note: 'co-precipitation with zirconyl nitrate, calcination; 1 % to filter losses' }),
      s.export(maker, 'exp-2507-osm', at('2025-07-28'), 'OSM-2507-01', exported, 'DE', { customsDeclaration: '230120250700036612' }),
    ]);
    return { world: w, find: {} };
  },
});
