import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-02',
  family: 'identity',
  violation: true,
  heldOut: false,
  title: 'Fresh NdPr metal collected as "magnet off-cuts" at twice a magnet\'s grade',
  does: 'The recycler collects 40 t of "NdFeB off-cuts and rejects" from an unnamed dealer. The composition has a magnet\'s shape (Pr:Nd about 1:3.3, some Dy and Tb) but 61 % rare earths; sintered magnets hold 29–32 %. It is NdPr metal from an unlicensed smelter, laundered into the recycling stream and separated as recycled oxide.',
  expect: 'A scrap lot whose grade no magnet scrap can have; the collect event and its lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const composition = { Pr: tonnes(5.6), Nd: tonnes(18.4), Dy: tonnes(0.4), Tb: tonnes(0.12) };
    const scrap = { id: 'OC-2507-01', product: 'scrap-ndfeb-solid', massGrams: massAtShare(composition, 0.61), composition };
    const collect = s.collect(r.recycler, 'col-2507-01', at('2025-07-04'), scrap, { name: '个体回收商 王某' }, r.recyclingPlant);
    const recovered = scale(composition, 0.96);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Dy', 'Tb']);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-01', at('2025-07-15'), [{ lot: scrap.id, massGrams: scrap.massGrams }], [
        { id: 'RO-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
      ], { facility: r.recyclingPlant }),
    ]);
    return { world: w, find: { lots: [r.recycler.lot(scrap.id)], events: [r.recycler.event('col-2507-01')] } };
  },
});
