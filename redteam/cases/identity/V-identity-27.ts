// Estimates (not in shared/DOMAIN.md): an honest NdPr electrolysis campaign puts some 95–97 % of the
// rare earths into metal and 2–3 % into fluoride slag at about a third rare earths (the catalogue's
// slag grade); leaching slag leaves some 0.5 t of fluoride cake per t; 96 % leach recovery.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, metalMass, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cappedMix, ganzhouLandfill, on, xinfeng } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-identity-27',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'The Baotou smelter books 12 % of a campaign as "electrolysis slag" at 70 % rare earths and sells it to a Xinfeng recycler: metal shovelled into the slag drums',
  does: 'The Baotou metal smelter buys 30 t of the separator\'s June NdPr oxide (shipped 07-02, received 07-03) and runs it through its cells on 07-10. It books 85 % of the praseodymium and neodymium as metal and 12 % as 4.3 t of "fluoride electrolysis slag" at 70 % rare earths; cell slag is about a third rare earth, and this is metal nodules and tapping skulls shovelled in with it. On 07-15 it sells the drums to a Xinfeng (Ganzhou) recycler as slag for recovery (received 07-18), which leaches them on 07-25 into 3.5 t of "recycled" NdPr oxide, claims the recycling VAT refund and sells the oxide on; its fluoride leach cake goes to the licensed Ganzhou landfill. Everyone reports on time.',
  expect: 'A slag whose grade is that of metal, not slag: the slag lot, the campaign that made it and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const xf = xinfeng(ctx);
    const lf = ganzhouLandfill(ctx);
    const oxideGrams = tonnes(30);
    w.record(r.separator, on('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-met', at('2025-07-02'), 'SEP-2506-NDPR', oxideGrams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const feed = s.share(oxide, oxideGrams);
    const metal = scale(feed, 0.85);
    const slag = scale(feed, 0.12);
    const slagGrams = massAtShare(slag, 0.7);
    w.record(r.smelter, on('2025-08-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-ox', at('2025-07-03'), oxide, oxideGrams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-10'), [{ lot: oxide, massGrams: oxideGrams }], [
        { id: 'MET-2507-01', product: 'metal-ndpr', massGrams: metalMass(metal), composition: metal },
        { id: 'SLG-2507-01', product: 'slag-electrolysis', massGrams: slagGrams, composition: slag },
      ], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis; cell slag and skulls drummed for recovery' }),
      s.ship(r.smelter, 'shp-2507-slg', at('2025-07-15'), 'SLG-2507-01', slagGrams, xf.party, undefined, 'electrolysis slag for recovery, 200 l steel drums'),
    ]);
    const slagLot = r.smelter.lot('SLG-2507-01');
    const recovered = scale(slag, 0.96);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const cakeGrams = Math.round(slagGrams * 0.5);
    w.record(xf.party, on('2025-08-08'), [
      s.receive(xf.party, 'rcv-2507-slg', at('2025-07-18'), slagLot, slagGrams),
      s.process(xf.party, 'rec-2507-slg', at('2025-07-25'), [{ lot: slagLot, massGrams: slagGrams }], [
        { id: 'XF-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'XF-2507-RES', product: 'slag-recycling-residue', massGrams: cakeGrams, composition: cappedMix('slag-recycling-residue', cakeGrams, subtract(slag, recovered)) },
      ], { facility: xf.plant, note: 'slag crushed, sulphuric acid roast, water leach, double-sulphate precipitation, conversion and calcining' }),
      s.ship(xf.party, 'shp-2507-res', at('2025-07-30'), 'XF-2507-RES', cakeGrams, lf.party, undefined, 'covered trucks'),
    ]);
    const cake = xf.party.lot('XF-2507-RES');
    w.record(lf.party, on('2025-08-09'), [
      s.receive(lf.party, 'rcv-2507-xf', at('2025-07-31'), cake, cakeGrams),
      s.dispose(lf.party, 'dsp-2508-xf', at('2025-08-01'), cake, cakeGrams, 'landfill', lf.site),
    ]);
    return {
      world: w,
      find: { parties: [r.smelter.id], lots: [slagLot], events: [r.smelter.event('met-2507-01')] },
    };
  },
});
