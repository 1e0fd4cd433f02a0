import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-40',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'One drum stacked under the wrong lot tag, put right by two offsetting count adjustments',
  does: 'The metal smelter buys two 10 t consignments of NdPr oxide from the separator\'s June lot, 40 drums of 250 kg each, shipped on 2025-07-02 and 07-09 and received whole the next day. At the month-end count on 07-31 the warehouse finds 41 drums tagged with the first consignment\'s lot and 39 with the second\'s: one drum of the second was stacked and tagged with the first. It books +250 kg on the first lot and −250 kg on the second, same day, same reason, the added drum given the composition of the oxide it came from, and on 08-12 electrolyses both lots, 20 t in all, at 97 %. Both months are reported by the 7th.',
  expect: 'Nothing: the two adjustments cancel within one product, one party and one day, the oxide in them is the same June oxide, and the electrolysis uses exactly the 20 t received.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const consignment = tonnes(10);
    const drum = 250_000;
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-ndpr-a', at('2025-07-02'), 'SEP-2506-NDPR', consignment, r.smelter, 'SEP-2506-NDPR-S2'),
      s.ship(r.separator, 'shp-2507-ndpr-b', at('2025-07-09'), 'SEP-2506-NDPR', consignment, r.smelter, 'SEP-2506-NDPR-S3'),
    ]);
    const first = r.separator.lot('SEP-2506-NDPR-S2');
    const second = r.separator.lot('SEP-2506-NDPR-S3');
    const receiptA = s.receive(r.smelter, 'rcv-2507-ndpr-a', at('2025-07-03'), first, consignment);
    const receiptB = s.receive(r.smelter, 'rcv-2507-ndpr-b', at('2025-07-10'), second, consignment);
    const moved = s.share(second, drum);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      receiptA,
      receiptB,
      s.adjust(r.smelter, 'adj-2507-cnt-b', at('2025-07-31', '17:00'), second, -drum, 'month-end count: drum 31 of this lot found stacked and tagged under SEP-2506-NDPR-S2; 39 drums here'),
      s.adjust(r.smelter, 'adj-2507-cnt-a', at('2025-07-31', '17:00'), first, drum, 'month-end count: 41 drums here, drum 31 of SEP-2506-NDPR-S3 among them', moved),
    ]);
    const fed = { ...s.lot(first).composition };
    for (const [symbol, grams] of Object.entries(s.lot(second).composition)) fed[symbol as 'Nd'] = (fed[symbol as 'Nd'] ?? 0) + (grams ?? 0);
    const metal = scale(fed, 0.97);
    w.record(r.smelter, at('2025-09-05', '10:00'), [
      s.process(r.smelter, 'met-2508-01', at('2025-08-12'), [{ lot: first, massGrams: consignment + drum }, { lot: second, massGrams: consignment - drum }], [
        { id: 'MET-2508-01', product: 'metal-ndpr', massGrams: metalMass(metal), composition: metal },
      ], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
    ]);
    return { world: w, find: {} };
  },
});
