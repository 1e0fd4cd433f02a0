import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-06',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Recycler puts out more NdPr than its scrap held',
  does: 'The Ganzhou recycler collects 200 t of NdFeB swarf (about 44 t Pr+Nd) and declares 1.25 times that in NdPr oxide: separated oxide bought off the books is laundered as recycled output.',
  expect: 'The recycler\'s month: Pr and Nd out well above the scrap\'s Pr and Nd in (recovery above 100 %); the process event.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const scrap = { id: 'SW-2506-01', product: 'scrap-ndfeb-swarf', massGrams: tonnes(200) };
    const collect = s.collect(r.recycler, 'col-2506-01', at('2025-06-06'), scrap, { name: '宁海县精工磁材有限公司', id: 'supplier-ninghai-0117' }, r.recyclingPlant);
    const ndpr = scale({ Pr: s.lot(r.recycler.lot(scrap.id)).composition.Pr!, Nd: s.lot(r.recycler.lot(scrap.id)).composition.Nd! }, 1.25);
    w.record(r.recycler, at('2025-07-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2506-01', at('2025-06-20'), [{ lot: scrap.id, massGrams: scrap.massGrams }], [
        { id: 'RO-2506-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
      ], { facility: r.recyclingPlant, note: 'hydrochloric leach, solvent extraction' }),
    ]);
    return { world: w, find: { parties: [r.recycler.id], events: [r.recycler.event('rec-2506-01')], lots: [r.recycler.lot('RO-2506-NDPR')] } };
  },
});
