import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { deliver } from '../../lib/round8.ts';
import { outsideCode } from '../../lib/round16.ts';
import { juneWorld, recycleOutputs, storeLandfills } from '../../lib/round17.ts';

const GLASSWORKS = { name: '郑州中原精密光学玻璃有限公司', id: outsideCode('zhengzhou-optical-glass', '410100') };

export default defineCase({
  id: 'H-conservation-87',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A glassworks\' spent ceria sludge, collected two months after its only delivery, carries two-thirds of the cerium it was delivered',
  does: 'The Baotou separator delivers 15 t of cerium oxide (12.1 t of cerium) to an optical-glass works on 2025-07-05. Polishing wears the powder into a sludge of ceria, glass fines and water that the works settles in its tanks; on 09-10 the Ganzhou recycler collects 40 t of it, assayed at 20 % cerium (8 t), the rest of the ceria still on the polishing pads and in the works\' tanks. It leaches it on 09-15 and landfills the residue at the licensed store.',
  expect: 'Nothing: the waste carries less cerium than the works was delivered, and nothing it was not.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): the sludge's assay; 96 % recovery; 0.7 t of residue per t.
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    w.record(r.separator, at('2025-08-06', '11:00'), [
      deliver('dlv-2507-ce', at('2025-07-05'), 'SEP-2506-CE', tonnes(15), GLASSWORKS, 'glass-and-ceramics', 'ZY-2025-CE-07', 'ceria for optical glass polishing'),
    ]);
    const scrapGrams = tonnes(40);
    const collect = s.collect(r.recycler, 'col-2509-pp', at('2025-09-10'), { id: 'PP-2509-01', product: 'scrap-polishing-powder', massGrams: scrapGrams, composition: { Ce: tonnes(8) } }, GLASSWORKS, r.recyclingPlant);
    const { outputs, residue } = recycleOutputs({ ...s.lot(r.recycler.lot('PP-2509-01')).composition }, scrapGrams, 'RP-2509');
    w.record(r.recycler, at('2025-10-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2509-pp', at('2025-09-15'), [{ lot: 'PP-2509-01', massGrams: scrapGrams }], outputs, { facility: r.recyclingPlant, note: 'caustic digestion, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2509-pp-res', at('2025-09-20'), residue.id, residue.massGrams, r.disposer),
    ]);
    storeLandfills(ctx, r.recycler.lot(residue.id), residue.massGrams, '2509', at('2025-09-22'), at('2025-09-23'), at('2025-10-07', '10:00'));
    return { world: w, find: {} };
  },
});
