import { defineCase } from '../../lib/case.ts';
import { add, at, metalMass, oxideMass, pick, scale, subtract, tonnes, totalGrams } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-42',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A recycler\'s NdPr oxide outruns its scrap intake: the rest came from a smelter\'s electrolysis slag',
  does: 'The metal smelter electrolyses 30 t of the separator\'s NdPr oxide on 2025-07-10: 95 % of the rare earths into metal, 3 % into 2.3 t of fluoride electrolysis slag (33 % rare earths), which it sells to the Ganzhou recycler on 07-18. On 07-15 the recycler also collects 40 t of NdFeB grinding sludge from a Dongyang magnet works outside the chain (8.8 t of Pr and Nd). On 07-28 it leaches the sludge and the slag together and recovers 95 % of each element: 9.1 t of Pr and Nd in NdPr oxide, 3 % more than the sludge alone held, plus a small Dy–Tb concentrate; 2 % of the rare earths stay in 30 t of iron-rich leach residue, which it sends to the licensed disposer, and 3 % are lost to effluent and fume. Everything is reported on time.',
  expect: 'Nothing: the recycler\'s output is held to all its intake, the collected sludge and the slag it received by shipment from a licensed smelter; recovery is 95 % of their sum.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    w.record(r.separator, at('2025-08-04', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const fed = s.share(oxide, grams);
    const metalComposition = scale(fed, 0.95);
    const slagComposition = scale(fed, 0.03);
    const slagGrams = Math.ceil(totalGrams(slagComposition) / 0.33);
    w.record(r.smelter, at('2025-08-05', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), oxide, grams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-10'), [{ lot: oxide, massGrams: grams }], [
        { id: 'MET-2507-01', product: 'metal-ndpr', massGrams: metalMass(metalComposition), composition: metalComposition },
        { id: 'SLG-2507-01', product: 'slag-electrolysis', massGrams: slagGrams, composition: slagComposition },
      ], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis; slag tapped and bagged' }),
      s.ship(r.smelter, 'shp-2507-slg', at('2025-07-18'), 'SLG-2507-01', slagGrams, r.recycler, undefined, 'bagged electrolysis slag'),
    ]);
    const slag = r.smelter.lot('SLG-2507-01');
    const sludge = { id: 'SW-2507-DY', product: 'scrap-ndfeb-swarf', massGrams: tonnes(40) };
    const collect = s.collect(r.recycler, 'col-2507-sw', at('2025-07-15'), sludge, { name: '东阳市横店东磁配套磁材厂' }, r.recyclingPlant);
    const receipt = s.receive(r.recycler, 'rcv-2507-slg', at('2025-07-19'), slag, slagGrams);
    const intake = add(s.lot(r.recycler.lot(sludge.id)).composition, s.lot(slag).composition);
    const recovered = scale(intake, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const dytb = pick(recovered, ['Dy', 'Tb']);
    const residueComposition = scale(subtract(intake, recovered), 0.4);
    const residueGrams = tonnes(30);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      receipt,
      s.process(r.recycler, 'rec-2507-01', at('2025-07-23'), [{ lot: sludge.id, massGrams: sludge.massGrams }, { lot: slag, massGrams: slagGrams }], [
        { id: 'RE-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RE-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(dytb, 0.95), composition: dytb },
        { id: 'RE-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residueComposition },
      ], { facility: r.recyclingPlant, note: 'sludge roasted, slag crushed; HCl leach together, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-24'), 'RE-2507-RES', residueGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot('RE-2507-RES'), residueGrams, '2507r');
    return { world: w, find: {} };
  },
});
