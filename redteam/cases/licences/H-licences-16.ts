// Estimates (not in shared/DOMAIN.md): strip casting keeps 99.5 % of the rare earths (the rest
// dross); sintering and machining put 78 % of the rare earths into magnets, 12 % into grinding swarf,
// 8 % into solid off-cuts and rejects; strip-cast flakes at 30 % rare earths.
import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { metalFromBaotou, on, sinterLots, tianjin } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-licences-16',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Tianjin magnet works melts its own sintered off-cuts back into its strip caster and sells its swarf to the licensed recycler',
  does: 'A Tianjin sintered NdFeB works buys 25 t of NdPr metal from the Baotou smelter (received 2025-07-05). On 07-08 it strip-casts 20 t of it into alloy flakes and on 07-12 sinters them into magnets, grinding swarf and clean off-cuts and rejects. On 07-24 it melts the off-cuts, as revert, with the other 5 t of metal in its strip caster: a melt of its own clean scrap, no chemistry, the usual practice of a magnet plant. The oily swarf it sells to the licensed Ganzhou recycler (shipped 07-26, received 07-28). It reports July on 08-08.',
  expect: 'Nothing: re-melting a plant\'s own clean off-cuts in its melt is magnet making, not recovery of rare earths from scrap; the swarf, which needs chemical recovery, goes to a licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const tj = tianjin(ctx);
    const metal = metalFromBaotou(ctx, tj.party, 25, 'r28-tj');
    const first = scale(s.share(metal.lot, tonnes(20)), 0.995);
    const cast1 = s.process(tj.party, 'sc-2507-01', at('2025-07-08'), [{ lot: metal.lot, massGrams: tonnes(20) }], [
      { id: 'SC-2507-01', product: 'alloy-ndfeb-strip', massGrams: massAtShare(first, 0.3), composition: first },
    ], { facility: tj.plant, note: 'vacuum induction melting with iron and ferroboron, strip casting' });
    const stripGrams = s.lot(tj.party.lot('SC-2507-01')).massGrams;
    const lots = sinterLots(first, '2507', { intoMagnets: 0.78, intoSwarf: 0.12, intoOffcuts: 0.08 });
    const sinter = s.process(tj.party, 'sin-2507-01', at('2025-07-12'), [{ lot: 'SC-2507-01', massGrams: stripGrams }], lots, { facility: tj.plant, note: 'hydrogen decrepitation, jet milling, pressing, sintering, machining' });
    const offcuts = lots[2]!;
    const secondFeed = add(s.share(metal.lot, tonnes(5)), offcuts.composition!);
    const second = scale(secondFeed, 0.995);
    const cast2 = s.process(tj.party, 'sc-2507-02', at('2025-07-24'), [{ lot: metal.lot, massGrams: tonnes(5) }, { lot: offcuts.id, massGrams: offcuts.massGrams }], [
      { id: 'SC-2507-02', product: 'alloy-ndfeb-strip', massGrams: massAtShare(second, 0.3), composition: second },
    ], { facility: tj.plant, note: 'melt with 5 t NdPr metal and the plant\'s own clean off-cuts and rejects as revert, strip casting' });
    const swarf = lots[1]!;
    w.record(tj.party, on('2025-08-08'), [
      metal.receipt, cast1, sinter, cast2,
      s.ship(tj.party, 'shp-2507-sw', at('2025-07-26'), swarf.id, swarf.massGrams, r.recycler, undefined, 'swarf under coolant in sealed drums, by road to Ganzhou'),
    ]);
    w.record(r.recycler, on('2025-08-09'), [s.receive(r.recycler, 'rcv-2507-tj', at('2025-07-28'), tj.party.lot(swarf.id), swarf.massGrams)]);
    return { world: w, find: {} };
  },
});
