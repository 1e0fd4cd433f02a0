// Estimates (not in shared/DOMAIN.md): the catalogue's ceria–zirconia grade (50 % REO, CeO2 80 %, La2O3 and Y2O3 10 % each of the REO); 99 % of each rare earth into the powder for an honest co-precipitation.
import { defineCase } from '../../lib/case.ts';
import { add, at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { deliver } from '../../lib/round8.ts';
import { heavyJuly } from '../../lib/round15.ts';
import { filed, pingxiang, sell24 } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-conservation-24',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Pingxiang oxygen-storage catalyst works keeps 99 % of its cerium and lanthanum but only 70 % of its yttria, "lost to the filtrate"',
  does: 'A Pingxiang (Jiangxi) catalyst works that makes ceria–zirconia oxygen-storage powder for exhaust catalysts buys 41 t of CeO2 and 5.1 t of La2O3 from the Baotou separator (received 2025-07-06) and 5.1 t of Y2O3 from the Longnan separator (received 07-16). On 07-28 it co-precipitates them with zirconium: its powder is booked with 99 % of the cerium and lanthanum but 70 % of the yttrium, the note blaming a pH excursion that left yttrium in the filtrate. The missing 1.5 t of yttrium oxide, a dual-use item since April, went out of the gate in drums to a buyer who ships it to Korea; the filtrate is neutralised and no yttrium-bearing sludge is booked anywhere. It delivers 90 t of the powder to a Wuhan catalyst coater on 08-12.',
  expect: 'A campaign that loses 30 % of one element and 1 % of the others, with no residue to hold it: the campaign, the yttrium oxide lot it consumed and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx, 100);
    const px = pingxiang(ctx);
    const ceGrams = tonnes(41);
    const laGrams = tonnes(5.1);
    const yGrams = tonnes(5.1);
    const ce = sell24(ctx, r.separator, px.party, { lot: r.separator.lot('SEP-2506-CE'), grams: ceGrams, tag: '2507-cepx', shipAt: at('2025-07-03'), receiveAt: at('2025-07-06'), sellerRecordsAt: filed('2025-08-06', '11:00'), buyerRecordsAt: filed('2025-08-07', '09:00'), note: 'CeO2 99.95 %, 1 t bags, rail to Pingxiang' });
    const la = sell24(ctx, r.separator, px.party, { lot: r.separator.lot('SEP-2506-LA'), grams: laGrams, tag: '2507-lapx', shipAt: at('2025-07-03'), receiveAt: at('2025-07-06'), sellerRecordsAt: filed('2025-08-06', '11:00'), buyerRecordsAt: filed('2025-08-07', '09:00'), note: 'La2O3 99.99 %, 1 t bags' });
    const y = sell24(ctx, chain.south.southSeparator, px.party, { lot: chain.heavy.lots['oxide-y']!, grams: yGrams, tag: '2507-ypx', shipAt: at('2025-07-15'), receiveAt: at('2025-07-16'), sellerRecordsAt: filed('2025-08-06', '11:30'), buyerRecordsAt: filed('2025-08-07', '09:30'), note: 'Y2O3 99.99 %, 25 kg drums' });
    const kept = add(scale(add(s.share(ce, ceGrams), s.share(la, laGrams)), 0.99), scale(s.share(y, yGrams), 0.7));
    const osmGrams = Math.ceil(reo(kept) / 0.5);
    w.record(px.party, filed('2025-08-07', '11:00'), [
      s.process(px.party, 'osm-2507-01', at('2025-07-28'), [{ lot: ce, massGrams: ceGrams }, { lot: la, massGrams: laGrams }, { lot: y, massGrams: yGrams }], [
        { id: 'OSM-2507-01', product: 'catalyst-ceria-zirconia', massGrams: osmGrams, composition: kept },
      ], { facility: px.plant, note: 'nitrates dissolved with zirconyl nitrate, co-precipitated with ammonia, aged, calcined at 800 °C; pH excursion in tank 2: part of the yttrium stayed in the filtrate, which was neutralised' }),
    ]);
    w.record(px.party, filed('2025-09-05'), [
      deliver('dlv-2508-osm', at('2025-08-12'), 'OSM-2507-01', tonnes(90), { name: '武汉东湖汽车催化剂有限公司 (Wuhan Donghu Automotive Catalyst Co.)', id: outsideCode('r25-wh-coater', '420100') }, 'vehicle-exhaust', 'DH-2508-066'),
    ]);
    return {
      world: w,
      find: { parties: [px.party.id], lots: [y, px.party.lot('OSM-2507-01')], events: [px.party.event('osm-2507-01')] },
    };
  },
});
