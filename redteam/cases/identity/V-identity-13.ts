// Estimates (not in shared/DOMAIN.md): oxide → metal and alloy yield 97 %; Dy–Fe alloy at 80 % Dy.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { feedOf, heavyToYichun, metalFromBaotou, on, sale, tianjin, yichun } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-identity-13',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Dysprosium–iron and terbium pressed into blocks and exported to the United States as "high-coercivity NdFeB magnets", 78 % rare earth and three-quarters of it dysprosium',
  does: 'The Longnan separator separates 100 t of Myanmar feed in July 2025 and sells 6 t of dysprosium oxide and 0.95 t of terbium oxide to a Yichun metal works (07-15), which makes Dy–Fe alloy and terbium metal of them on 07-20 and sells both to a Tianjin magnet works (shipped 07-26, received 07-28); the Tianjin works also takes 1 t of NdPr metal from Baotou (07-03). On 08-05 it melts the lot into blocks and books them as 8.7 t of high-coercivity sintered NdFeB magnets; on 08-12 it exports them to a US buyer as magnets, which need no export licence, where the dysprosium and terbium alloys would have needed a dual-use licence the buyer could not get. The "magnets" are 78 % rare earth, 58 % of their mass dysprosium: no magnet holds that. Everyone reports on time.',
  expect: 'A lot whose composition cannot be what its label says, exported so that controlled dysprosium and terbium leave without a licence: the Tianjin campaign, the "magnet" lot, the export and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const tj = tianjin(ctx);
    const yc = yichun(ctx);
    const metal = metalFromBaotou(ctx, tj.party, 1, 'r27-tj', at('2025-07-03'), at('2025-07-05'));
    const hv = heavyToYichun(ctx, 'r27i13', '2025-07', 100, 6, 0.95, on('2025-08-07'));
    const dyfe = sale(ctx, yc.party, tj.party, { lot: hv.dyfe, grams: hv.dyfeGrams, whole: true, tag: 'r27-dyfe', shipAt: at('2025-07-26'), receiveAt: at('2025-07-28'), sellerAt: on('2025-08-07', '11:00'), buyerAt: on('2025-08-07', '12:00') });
    const tb = sale(ctx, yc.party, tj.party, { lot: hv.tb, grams: hv.tbGrams, whole: true, tag: 'r27-tbm', shipAt: at('2025-07-26', '09:00'), receiveAt: at('2025-07-28', '09:00'), sellerAt: on('2025-08-07', '11:05'), buyerAt: on('2025-08-07', '12:05') });
    w.record(tj.party, on('2025-08-07', '12:10'), [metal.receipt]);
    const inputs = [{ lot: dyfe, massGrams: hv.dyfeGrams }, { lot: tb, massGrams: hv.tbGrams }, { lot: metal.lot, massGrams: metal.grams }];
    const blocks = scale(feedOf(ctx, inputs), 0.99);
    const blockGrams = massAtShare(blocks, 0.78);
    w.record(tj.party, on('2025-09-05'), [
      s.process(tj.party, 'snt-2508-hc', at('2025-08-05'), inputs.map((i) => ({ lot: i.lot, massGrams: i.massGrams })), [
        { id: 'TJ-2508-HC', product: 'magnet-ndfeb-sintered-high-coercivity', massGrams: blockGrams, composition: blocks },
      ], { facility: tj.plant, note: 'high-coercivity grade 45EH, vacuum induction melting, sintered blocks' }),
      s.export(tj.party, 'exp-2508-hc', at('2025-08-12'), 'TJ-2508-HC', blockGrams, 'US', { customsDeclaration: '020220251000552907', note: 'sintered NdFeB magnets, HS 8505.11' }),
    ]);
    return {
      world: w,
      find: { parties: [tj.party.id], lots: [tj.party.lot('TJ-2508-HC')], events: [tj.party.event('snt-2508-hc'), tj.party.event('exp-2508-hc')] },
    };
  },
});
