import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-32',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Spent polishing powder that yields NdPr oxide',
  does: 'The Ganzhou recycler collects 200 t of spent lanthanum–cerium polishing powder from a Shenzhen cover-glass plant on 2025-07-04 (45 % rare earths: La 30 t, Ce 60 t, no neodymium). On 07-20 it books the leach as 90 % of the La and Ce recovered as lanthanum and cerium oxides, and 7 t of NdPr oxide (6 t of Pr and Nd) "from the powder\'s praseodymium". Taken whole, the run closes: 87 t of rare earths out of 90 t in, a 97 % recovery. But the powder held no Nd and no Pr; the NdPr oxide came from an unlicensed ionic separation workshop, and it leaves on 07-25 as recycled oxide to the metal smelter.',
  expect: 'A recycling run whose outputs hold neodymium and praseodymium its input never held, hidden in a total that balances; the process event, the NdPr oxide lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const powder = { id: 'PP-2507-01', product: 'scrap-polishing-powder', massGrams: tonnes(200) };
    const collect = s.collect(r.recycler, 'col-2507-pp', at('2025-07-04'), powder, { name: '深圳龙岗盖板玻璃有限公司（废抛光粉）' }, r.recyclingPlant);
    const held = s.lot(r.recycler.lot(powder.id)).composition;
    const recovered = scale(held, 0.9);
    const la = pick(recovered, ['La']);
    const ce = pick(recovered, ['Ce']);
    const ndpr = { Pr: tonnes(1.5), Nd: tonnes(4.5) };
    const ndprLot = { id: 'RP-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr };
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-pp', at('2025-07-20'), [{ lot: powder.id, massGrams: powder.massGrams }], [
        { id: 'RP-2507-LA', product: 'oxide-la', massGrams: oxideMass(la), composition: la },
        { id: 'RP-2507-CE', product: 'oxide-ce', massGrams: oxideMass(ce), composition: ce },
        ndprLot,
      ], { facility: r.recyclingPlant, note: 'sulphuric acid leach of spent polishing powder, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-ndpr', at('2025-07-25'), ndprLot.id, ndprLot.massGrams, r.smelter),
    ]);
    const shipped = r.recycler.lot(ndprLot.id);
    const metal = smelt(s.lot(shipped).composition, 'MET-2507-RP', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-rp', at('2025-07-26'), shipped, ndprLot.massGrams),
      s.process(r.smelter, 'met-2507-rp', at('2025-07-30'), [{ lot: shipped, massGrams: ndprLot.massGrams }], [metal], { facility: r.metalPlant, note: 'recycled NdPr oxide feed' }),
    ]);
    return {
      world: w,
      find: { events: [r.recycler.event('rec-2507-pp')], lots: [shipped], parties: [r.recycler.id] },
    };
  },
});
