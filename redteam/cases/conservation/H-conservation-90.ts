import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, metalMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-90',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Electrolysis slag fed back into the cells: the second campaign makes more metal than its fresh oxide could',
  does: 'The Baotou metal smelter receives 40 t of NdPr oxide from the separator on 2025-07-03. Its first campaign (07-05) electrolyses 30 t: 93 % of the Pr and Nd goes to metal, 5 % to fluoride electrolysis slag that it keeps (a third rare earths, an estimate), 2 % is lost to fume and dust. On 07-20 its second campaign charges the other 10 t of oxide with all of that slag, as smelters do with rich slag: the metal out holds 97 % of what both inputs held, so the campaign\'s metal is a fifth more than 10 t of oxide alone could make. July is reported on time.',
  expect: 'Nothing: the second campaign\'s extra metal came from the slag the first one booked; element by element the month closes with a 2–3 % loss.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const ndpr = june.separation.byProduct['oxide-ndpr']!;
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), ndpr.id, tonnes(40), r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const rcv = s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), oxide, tonnes(40));
    const firstFeed = s.share(oxide, tonnes(30));
    const metalA = scale(firstFeed, 0.93);
    const slag = scale(subtract(firstFeed, metalA), 5 / 7);
    const procA = s.process(r.smelter, 'met-2507-a', at('2025-07-05'), [{ lot: oxide, massGrams: tonnes(30) }], [
      { id: 'MET-2507-A', product: 'metal-ndpr', massGrams: metalMass(metalA), composition: metalA },
      { id: 'SLG-2507-A', product: 'slag-electrolysis', massGrams: massAtShare(slag, 0.33), composition: slag },
    ], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis; slag kept for re-feed' });
    const slagGrams = massAtShare(slag, 0.33);
    const secondFeed = add(s.lot(oxide).composition, s.lot(r.smelter.lot('SLG-2507-A')).composition);
    const metalB = scale(secondFeed, 0.97);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      rcv,
      procA,
      s.process(r.smelter, 'met-2507-b', at('2025-07-20'), [{ lot: oxide, massGrams: tonnes(10) }, { lot: 'SLG-2507-A', massGrams: slagGrams }], [
        { id: 'MET-2507-B', product: 'metal-ndpr', massGrams: metalMass(metalB), composition: metalB },
      ], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis, slag of 07-05 charged with the oxide' }),
    ]);
    return { world: w, find: {} };
  },
});
