import { defineCase } from '../../lib/case.ts';
import { add, at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-67',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Dysprosium co-reduced into NdPr metal: a PrNdDy alloy booked and exported as plain "NdPr metal"',
  does: 'The Baotou metal smelter buys 30 t of NdPr oxide from the Baotou separator (shipped 2025-07-03, received 07-04) and 2 t of dysprosium oxide from the Longnan separator (shipped 07-15, received 07-16). On 07-20 it feeds both into the same cells and books one lot of "NdPr metal", 26.4 t holding 1.7 t of dysprosium (6.3 %), a PrNdDy alloy. It sells the lot to the Shanghai exporter (shipped 07-24, received 07-25), which exports it to Japan on 08-02 as NdPr metal, with no licence. Metals and alloys carrying dysprosium need a dual-use licence since 2025-04-04; NdPr metal does not. Everyone reports on time.',
  expect: 'A lot labelled NdPr metal that carries dysprosium, exported without the licence dysprosium needs: the electrolysis run, the metal lot, the export.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const ndprGrams = tonnes(30);
    const ndpr = sell(ctx, r.separator, r.smelter, {
      lot: 'SEP-2506-NDPR', grams: ndprGrams, shipmentLot: 'SEP-2506-NDPR-S2', shipId: 'shp-2507-ndpr', receiveId: 'rcv-2507-ndpr',
      shippedAt: at('2025-07-03'), receivedAt: at('2025-07-04'), sellerRecordsAt: at('2025-08-06', '11:00'), buyerRecordsAt: at('2025-08-07', '09:00'),
    });
    const dyGrams = tonnes(2);
    const dy = sellOxide(ctx, south, heavy, 'oxide-dy', dyGrams, r.smelter, '2025-07', '2507-dy');
    const comp = scale(add(s.share(ndpr, ndprGrams), s.share(dy, dyGrams)), 0.97);
    const metalGrams = metalMass(comp);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'met-2507-pnd', at('2025-07-20'), [{ lot: ndpr, massGrams: ndprGrams }, { lot: dy, massGrams: dyGrams }], [
        { id: 'MET-2507-PND', product: 'metal-ndpr', massGrams: metalGrams, composition: comp },
      ], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
      s.ship(r.smelter, 'shp-2507-pnd', at('2025-07-24'), 'MET-2507-PND', metalGrams, r.exporter),
    ]);
    const metal = r.smelter.lot('MET-2507-PND');
    w.record(r.exporter, at('2025-08-08', '10:00'), [s.receive(r.exporter, 'rcv-2507-pnd', at('2025-07-25'), metal, metalGrams)]);
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      s.export(r.exporter, 'exp-2508-pnd', at('2025-08-02'), metal, metalGrams, 'JP', { customsDeclaration: '220120250800051120', note: 'praseodymium-neodymium metal, HS 2805.30' }),
    ]);
    return { world: w, find: { events: [r.smelter.event('met-2507-pnd'), r.exporter.event('exp-2508-pnd')], lots: [metal] } };
  },
});
