// Estimates (not in shared/DOMAIN.md): a commercial Pr/Nd split (99.1 % of the Nd to Nd2O3 with 1 % of the Pr); 97 % oxide → metal yield (the library's).
import { defineCase } from '../../lib/case.ts';
import { add, at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyJuly } from '../../lib/round15.ts';
import { filed, prNdSplit, sell24 } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-identity-25',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Neodymium and dysprosium oxides reduced together in Baotou and exported to Vietnam as "neodymium metal": 11 t of metal, 9 % of it dysprosium',
  does: 'The Baotou separator splits 20 t of June NdPr oxide into Pr6O11 and Nd2O3 on 2025-07-08 and sells 12 t of the Nd2O3 to the Baotou metal smelter (received 07-11). The smelter also buys 1.2 t of Dy2O3 from the Longnan separator (received 07-16). On 07-22 it charges both into the same cells and books the product as one lot of neodymium metal: about 11 t holding 1 t of dysprosium, a Nd–Dy master alloy for magnet makers. On 08-05 it exports the whole lot to a Vietnamese magnet plant as "neodymium metal, HS 2805.3011", which needs no licence; dysprosium metals and alloys have needed a dual-use licence since 2025-04-04, and the smelter holds none.',
  expect: 'A "neodymium metal" lot that is 9 % dysprosium, exported without a licence: the co-reduction, the metal lot, the export and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.amendParty(r.smelter, { roles: ['metal-smelter', 'exporter'] });
    const split = prNdSplit(ctx, at('2025-07-08'));
    const ndGrams = tonnes(12);
    w.record(r.separator, filed('2025-08-06', '11:00'), [
      split.event,
      s.ship(r.separator, 'shp-2507-ndsm', at('2025-07-10'), split.nd, ndGrams, r.smelter, `${split.nd}-SM`, 'Nd2O3 99.5 %, 1 t bags'),
    ]);
    const nd = r.separator.lot(`${split.nd}-SM`);
    const chain = heavyJuly(ctx, 100);
    const dyGrams = tonnes(1.2);
    const dy = sell24(ctx, chain.south.southSeparator, r.smelter, { lot: chain.heavy.lots['oxide-dy']!, grams: dyGrams, tag: '2507-dysm', shipAt: at('2025-07-15'), receiveAt: at('2025-07-16'), sellerRecordsAt: filed('2025-08-06', '11:30'), buyerRecordsAt: filed('2025-08-07', '09:00') });
    const metal = scale(add(s.share(nd, ndGrams), s.share(dy, dyGrams)), 0.97);
    const metalGrams = metalMass(metal);
    w.record(r.smelter, filed('2025-08-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-ndsm', at('2025-07-11'), nd, ndGrams),
      s.process(r.smelter, 'met-2507-nd', at('2025-07-22'), [{ lot: nd, massGrams: ndGrams }, { lot: dy, massGrams: dyGrams }], [
        { id: 'ND-2507-01', product: 'metal-nd', massGrams: metalGrams, composition: metal },
      ], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis, cells 7–12' }),
    ]);
    w.record(r.smelter, filed('2025-09-05'), [
      s.export(r.smelter, 'exp-2508-nd', at('2025-08-05'), 'ND-2507-01', metalGrams, 'VN', { customsDeclaration: '040120251000447215', note: 'neodymium metal 99 %, HS 2805.3011, 44 steel drums' }),
    ]);
    return {
      world: w,
      find: { parties: [r.smelter.id], lots: [r.smelter.lot('ND-2507-01')], events: [r.smelter.event('met-2507-nd'), r.smelter.event('exp-2508-nd')] },
    };
  },
});
