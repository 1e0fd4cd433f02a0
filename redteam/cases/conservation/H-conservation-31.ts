import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes, add } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-31',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'June\'s swarf refined with July\'s: July\'s output is twice July\'s intake',
  does: 'The Ganzhou recycler runs its leach line in campaigns. It collects 100 t of NdFeB grinding swarf from a Ningbo magnet plant on 2025-06-12 (reported with June on 07-08) and holds it, then 80 t from a Cixi plant on 07-05. On 07-22 it refines both, 180 t, in one campaign at 95 %: 44.7 t of NdPr oxide and 3.3 t of heavy rare earth oxide (40.4 t of rare earths), more than twice the 18.9 t July\'s 80 t of swarf held; 2.5 % stays in the iron-rich leach residue (126 t), which goes to the licensed disposer on 07-24.',
  expect: 'Nothing: the July campaign draws on stock collected and reported in June; over the two months the recycler\'s output is 95 % of its intake, element by element.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const june = { id: 'SW-2506-01', product: 'scrap-ndfeb-swarf', massGrams: tonnes(100) };
    w.record(r.recycler, at('2025-07-08', '10:00'), [
      s.collect(r.recycler, 'col-2506-01', at('2025-06-12'), june, { name: '宁波镇海永磁科技有限公司' }, r.recyclingPlant),
    ]);
    const july = { id: 'SW-2507-01', product: 'scrap-ndfeb-swarf', massGrams: tonnes(80) };
    const collect = s.collect(r.recycler, 'col-2507-01', at('2025-07-05'), july, { name: '慈溪市科宇磁业有限公司' }, r.recyclingPlant);
    const held = add(s.lot(r.recycler.lot(june.id)).composition, s.lot(r.recycler.lot(july.id)).composition);
    const recovered = scale(held, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Tb', 'Dy']);
    const residueGrams = tonnes(126);
    const residue = { id: 'RC-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: scale(held, 0.025) };
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-01', at('2025-07-22'), [{ lot: june.id, massGrams: june.massGrams }, { lot: july.id, massGrams: july.massGrams }], [
        { id: 'RC-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RC-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
        residue,
      ], { facility: r.recyclingPlant, note: 'campaign 25-07: June and July swarf together; oxidising roast, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-24'), residue.id, residueGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot(residue.id), residueGrams, '2507r');
    return { world: w, find: {} };
  },
});
