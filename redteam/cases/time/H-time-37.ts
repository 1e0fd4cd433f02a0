// Estimates (not in shared/DOMAIN.md): the catalogue's swarf composition; 95 % recovery; 0.7 t of leach residue per t of swarf.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode, shaoguanLeach, shaoguanRecycler } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-time-37',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A swarf intake booked under the haulier\'s name, corrected to the magnet works that made it four days later, before the deadline',
  does: 'A licensed Shaoguan recycler collects 40 t of NdFeB grinding swarf on 2025-06-26; the intake clerk keys the name of the logistics company on the truck. It files June early, on 07-03. Checking the delivery notes, it finds the producer is a Ningbo magnet works, and on 07-07 files a correction of the intake: same swarf, same day, the supplier now the Ningbo works with its credit code. The swarf is leached on 07-15 and its residue goes to the licensed landfill.',
  expect: 'Nothing: a correction of a clerical field in the month\'s report, filed before the deadline for that month, with nothing moved in between.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const sg = shaoguanRecycler(ctx);
    const grams = tonnes(40);
    w.record(sg.party, at('2025-07-03', '10:00'), [
      s.collect(sg.party, 'col-2506-01', at('2025-06-26'), { id: 'SWF-2506-01', product: 'scrap-ndfeb-swarf', massGrams: grams }, { name: '宁波北仑顺达物流有限公司 (Ningbo Beilun Shunda Logistics Co.)' }, sg.plant),
    ]);
    const composition = { ...s.lot(sg.party.lot('SWF-2506-01')).composition };
    const replacement = s.collect(sg.party, 'cor-2507-01', at('2025-06-26'), { id: 'SWF-2506-01B', product: 'scrap-ndfeb-swarf', massGrams: grams, composition },
      { name: '宁波镇海永磁材料有限公司 (Ningbo Zhenhai Permanent Magnet Materials Co.)', id: outsideCode('r24-nb-zhenhai', '330200') }, sg.plant);
    w.record(sg.party, at('2025-07-07', '10:00'), [
      s.correct('cor-2507-01', at('2025-07-07', '09:30'), 'col-2506-01', 'supplier keyed as the haulier; the delivery note names the producing magnet works', replacement),
    ]);
    const leach = shaoguanLeach(ctx, sg, 'SWF-2506-01B', grams, '2507', at('2025-07-15'), at('2025-07-22'), [at('2025-07-23'), at('2025-07-24')]);
    w.record(sg.party, at('2025-08-05', '10:00'), leach.events);
    w.record(sg.landfill.party, at('2025-08-07', '10:00'), leach.landfill);
    return { world: w, find: {} };
  },
});
