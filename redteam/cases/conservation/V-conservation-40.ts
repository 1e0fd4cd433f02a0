import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes, totalGrams } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-40',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Electrolysis that yields a normal 97 % of metal, and 11 % more as slag',
  does: 'The metal smelter buys 30 t of NdPr oxide from the separator on 2025-07-02 (25.2 t of Pr and Nd). Its July campaign on 07-10 books 24.7 t of NdPr metal, a textbook 97 % yield, and 8.4 t of fluoride electrolysis slag at 33 % rare earths, 2.8 t of Pr and Nd, 11 % of the feed. Together the cells put out 108 % of the NdPr they were fed. The missing 2 t came from oxide bought for cash from an unlicensed ionic-clay workshop and tipped into the same cells; the smelter hides it in the slag, which it sells to the Ganzhou recycler on 07-20, so that it re-enters the chain as recycling feed. Everything is reported on time.',
  expect: 'Per-element balance of one process broken: metal and slag together hold 8 % more praseodymium and neodymium than the oxide fed in; the electrolysis event, the slag lot and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const fed = s.share(oxide, grams);
    const metalComposition = scale(fed, 0.97);
    const slagComposition = scale(fed, 0.11);
    const slagGrams = Math.ceil(totalGrams(slagComposition) / 0.33);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), oxide, grams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-10'), [{ lot: oxide, massGrams: grams }], [
        { id: 'MET-2507-01', product: 'metal-ndpr', massGrams: metalMass(metalComposition), composition: metalComposition },
        { id: 'SLG-2507-01', product: 'slag-electrolysis', massGrams: slagGrams, composition: slagComposition },
      ], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis, cells 7–18; slag tapped and bagged' }),
      s.ship(r.smelter, 'shp-2507-slg', at('2025-07-20'), 'SLG-2507-01', slagGrams, r.recycler, undefined, 'bagged electrolysis slag'),
    ]);
    w.record(r.recycler, at('2025-08-08', '10:00'), [s.receive(r.recycler, 'rcv-2507-slg', at('2025-07-21'), r.smelter.lot('SLG-2507-01'), slagGrams)]);
    return {
      world: w,
      find: { events: [r.smelter.event('met-2507-01')], lots: [r.smelter.lot('SLG-2507-01'), r.smelter.lot('MET-2507-01')], parties: [r.smelter.id] },
    };
  },
});
