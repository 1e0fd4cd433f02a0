import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { outsideCode } from '../../lib/round16.ts';
import { juneWorld, recycleOutputs, storeLandfills } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-licences-88',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'The Ganzhou recycler\'s second plant, in Longnan, added to its licence, leaches its first 60 t of swarf',
  does: 'The Ganzhou recycler builds a second leaching line in the Longnan industrial park; after its environmental acceptance the plant is added to the recycler\'s licence (the registry names the licence on the plant). On 2025-07-05 it collects 60 t of NdFeB swarf there from a Ganzhou magnet works, leaches it on 07-15, and sends the leach residue to the licensed Baotou store on 07-20. It reports July on 08-06.',
  expect: 'Nothing: the second plant is covered by the recycler\'s licence, and the work is inside its scope and capacity.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 96 % recovery in the leach; 0.7 t of residue per t of swarf.
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const plant = w.facility({ id: 'plant-longnan-recycling', party: r.recycler.id, kind: 'plant', nameZh: '龙南回收分厂', nameEn: 'Longnan recycling plant', region: '360783', licence: 'RT-REC-GZ-2024' });
    const scrapGrams = tonnes(60);
    const collect = s.collect(r.recycler, 'col-2507-ln', at('2025-07-05'), { id: 'SW-2507-LN', product: 'scrap-ndfeb-swarf', massGrams: scrapGrams },
      { name: '赣州富尔特磁材有限公司', id: outsideCode('ganzhou-fuerte-magnets', '360700') }, plant);
    const { outputs, residue } = recycleOutputs({ ...s.lot(r.recycler.lot('SW-2507-LN')).composition }, scrapGrams, 'RL-2507');
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-ln', at('2025-07-15'), [{ lot: 'SW-2507-LN', massGrams: scrapGrams }], outputs, { facility: plant, note: 'oxidising roast, HCl leach, solvent extraction; first campaign of the Longnan line' }),
      s.ship(r.recycler, 'shp-2507-ln-res', at('2025-07-20'), residue.id, residue.massGrams, r.disposer),
    ]);
    storeLandfills(ctx, r.recycler.lot(residue.id), residue.massGrams, '2507', at('2025-07-22'), at('2025-07-23'), at('2025-08-07', '11:00'));
    return { world: w, find: {} };
  },
});
