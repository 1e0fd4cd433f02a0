import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { deliver } from '../../lib/round8.ts';
import { outsideCode } from '../../lib/round16.ts';
import { juneWorld, recycleOutputs, storeLandfills } from '../../lib/round17.ts';

const GLASSWORKS = { name: '郑州中原精密光学玻璃有限公司', id: outsideCode('zhengzhou-optical-glass', '410100') };

export default defineCase({
  id: 'V-conservation-87',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A glassworks\' spent polishing powder holds 50 % more cerium than the ceria it was ever delivered, and lanthanum it never had',
  does: 'The Baotou separator delivers 15 t of cerium oxide to an optical-glass works on 2025-07-05, its only rare earth purchase (12.1 t of cerium). On 09-10 the Ganzhou recycler collects 60 t of "spent polishing powder" in the works\' name and code, at 30 % cerium and 15 % lanthanum (18 t of cerium, 9 t of lanthanum), and leaches it into cerium and lanthanum oxides on 09-15. Most of it is mixed lanthanum–cerium carbonate from a private Bayan Obo cracking workshop, bought by the recycler and given a paper origin as post-consumer waste.',
  expect: 'Waste from a final user that carries more rare earths than were ever delivered to it, and an element it never received: the collection, the collected lot and the recycler.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): spent powder at the catalogue's grade; 96 % recovery; 0.7 t of residue per t.
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    w.record(r.separator, at('2025-08-06', '11:00'), [
      deliver('dlv-2507-ce', at('2025-07-05'), 'SEP-2506-CE', tonnes(15), GLASSWORKS, 'glass-and-ceramics', 'ZY-2025-CE-07', 'ceria for optical glass polishing'),
    ]);
    const scrapGrams = tonnes(60);
    const collect = s.collect(r.recycler, 'col-2509-pp', at('2025-09-10'), { id: 'PP-2509-01', product: 'scrap-polishing-powder', massGrams: scrapGrams }, GLASSWORKS, r.recyclingPlant);
    const { outputs, residue } = recycleOutputs({ ...s.lot(r.recycler.lot('PP-2509-01')).composition }, scrapGrams, 'RP-2509');
    w.record(r.recycler, at('2025-10-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2509-pp', at('2025-09-15'), [{ lot: 'PP-2509-01', massGrams: scrapGrams }], outputs, { facility: r.recyclingPlant, note: 'caustic digestion, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2509-pp-res', at('2025-09-20'), residue.id, residue.massGrams, r.disposer),
    ]);
    storeLandfills(ctx, r.recycler.lot(residue.id), residue.massGrams, '2509', at('2025-09-22'), at('2025-09-23'), at('2025-10-07', '10:00'));
    return { world: w, find: { events: [r.recycler.event('col-2509-pp')], lots: [r.recycler.lot('PP-2509-01')], parties: [r.recycler.id] } };
  },
});
