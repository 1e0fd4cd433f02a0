import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { outsideCode } from '../../lib/round16.ts';
import { juneWorld, recycleOutputs, storeLandfills } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-licences-88',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'The Ganzhou recycler leaches swarf in a rented Baotou workshop that its recycling licence does not cover',
  does: 'To save the freight of Baotou magnet works\' swarf to Jiangxi, the Ganzhou recycler rents a workshop in Jiuyuan district, Baotou, registers it as a plant of its own, but never has it added to its recycling licence (no environmental assessment was made). On 2025-07-05 it collects 60 t of NdFeB swarf there from a Baotou magnet works, leaches it on 07-15 in the workshop\'s tanks, and sends the leach residue to the licensed Baotou store on 07-20. It reports July on 08-06, the workshop named on each event.',
  expect: 'Recycling at a plant no licence covers: the leaching campaign, its output lots and the recycler.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 96 % recovery in the leach; 0.7 t of residue per t of swarf.
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const plant = w.facility({ id: 'plant-jiuyuan-workshop', party: r.recycler.id, kind: 'plant', nameZh: '九原租赁车间', nameEn: 'Jiuyuan rented workshop', region: '150207' });
    const scrapGrams = tonnes(60);
    const collect = s.collect(r.recycler, 'col-2507-bt', at('2025-07-05'), { id: 'SW-2507-BT', product: 'scrap-ndfeb-swarf', massGrams: scrapGrams },
      { name: '包头天和磁材科技有限公司', id: outsideCode('baotou-tianhe-magnets', '150200') }, plant);
    const { outputs, residue } = recycleOutputs({ ...s.lot(r.recycler.lot('SW-2507-BT')).composition }, scrapGrams, 'RB-2507');
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-bt', at('2025-07-15'), [{ lot: 'SW-2507-BT', massGrams: scrapGrams }], outputs, { facility: plant, note: 'oxidising roast, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-bt-res', at('2025-07-20'), residue.id, residue.massGrams, r.disposer),
    ]);
    storeLandfills(ctx, r.recycler.lot(residue.id), residue.massGrams, '2507', at('2025-07-21'), at('2025-07-22'), at('2025-08-07', '11:00'));
    return { world: w, find: { events: [r.recycler.event('rec-2507-bt')], lots: outputs.filter((o) => o !== residue).map((o) => r.recycler.lot(o.id)), parties: [r.recycler.id] } };
  },
});
