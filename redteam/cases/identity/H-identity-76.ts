import { defineCase } from '../../lib/case.ts';
import { add, at, oxideMass, tonnes } from '../../lib/chem.ts';
import { receiveAndDispose, honestMonth, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { leftOver } from '../../lib/round14.ts';

export default defineCase({
  id: 'H-identity-76',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Recycled NdPr oxide that carries 1 % dysprosium from the swarf, sold at home as what it is',
  does: 'The Ganzhou recycler collects 100 t of NdFeB grinding swarf from an outside magnet works on 2025-07-03 and leaches it on 07-12. Its short solvent-extraction line cuts between neodymium and the heavies imperfectly: a fifth of the swarf\'s dysprosium follows the NdPr into the NdPr oxide (about 1 % of its REO), and the rest of the dysprosium and the terbium come out as single oxides. Its leach residue goes to the licensed store on 07-24. On 07-28 it ships 20 t of the NdPr oxide, its assay certificate showing the dysprosium, to the Baotou smelter (received 07-29), whose magnet customers value a little dysprosium. Reports on the 6th and 7th.',
  expect: 'Nothing: recycled NdPr oxide with a little dysprosium is what a short extraction line makes; it is sold at home as NdPr oxide with its real composition, and nothing is exported.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const swarfGrams = tonnes(100);
    const collect = s.collect(r.recycler, 'col-2507-01', at('2025-07-03'), { id: 'SWF-2507-01', product: 'scrap-ndfeb-swarf', massGrams: swarfGrams }, { name: '东莞长安磁材有限公司 (Dongguan Chang\'an Magnetics Co.)' }, r.recyclingPlant);
    const feed = s.lot(r.recycler.lot('SWF-2507-01')).composition;
    const ndpr = { Pr: Math.floor(feed.Pr! * 0.95), Nd: Math.floor(feed.Nd! * 0.95), Dy: Math.floor(feed.Dy! * 0.2) };
    const dy = { Dy: Math.floor(feed.Dy! * 0.75) };
    const tb = { Tb: Math.floor(feed.Tb! * 0.95) };
    const residueGrams = tonnes(90);
    const outputs = [
      { id: 'ROX-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
      { id: 'ROX-2507-DY', product: 'oxide-dy', massGrams: oxideMass(dy), composition: dy },
      { id: 'ROX-2507-TB', product: 'oxide-tb', massGrams: oxideMass(tb), composition: tb },
      { id: 'RRES-2507-01', product: 'slag-recycling-residue', massGrams: residueGrams, composition: leftOver(feed, add(add(ndpr, dy), tb)) },
    ];
    const shipped = tonnes(20);
    w.record(r.recycler, reportTime('2025-07', 6), [
      collect,
      s.process(r.recycler, 'rec-2507-01', at('2025-07-12'), [{ lot: 'SWF-2507-01', massGrams: swarfGrams }], outputs, { facility: r.recyclingPlant, note: 'oxidising roast, HCl leach, solvent extraction (short Nd/Dy cut), oxalate precipitation, calcining' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-24'), 'RRES-2507-01', residueGrams, r.disposer, undefined, 'covered tipper trucks'),
      s.ship(r.recycler, 'shp-2507-ndpr', at('2025-07-28'), 'ROX-2507-NDPR', shipped, r.smelter, 'ROX-2507-NDPR-S1', 'assay certificate: Dy2O3 1.1 % of REO'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot('RRES-2507-01'), residueGrams, '2507rec');
    w.record(r.smelter, reportTime('2025-07', 7), [s.receive(r.smelter, 'rcv-2507-rox', at('2025-07-29'), r.recycler.lot('ROX-2507-NDPR-S1'), shipped)]);
    return { world: w, find: {} };
  },
});
