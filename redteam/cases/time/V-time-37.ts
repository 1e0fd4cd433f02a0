// Estimates (not in shared/DOMAIN.md): the catalogue's swarf composition; 95 % recovery; 0.7 t of leach residue per t of swarf.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode, shaoguanLeach, shaoguanRecycler } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-time-37',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A June swarf intake "from a Dongguan scrap yard" re-attributed by correction in October to a named Ningbo magnet works',
  does: 'A licensed Shaoguan recycler collects 40 t of NdFeB grinding swarf on 2025-06-12, booked as from "a scrap yard in Chang\'an, Dongguan" with no credit code, and reports June on 07-06. The swarf stays in its yard. In October the provincial inspection of recycled-oxide package labels, which must name the scrap producer, asks where it came from. On 10-20 the recycler files a correction of the June intake: the same 40 t, same day, now "from" a Ningbo magnet works with its credit code, "supplier keyed wrongly". The swarf came from a back-street sintering shop with no records; the Ningbo works sold it nothing. It leaches the lot on 10-28.',
  expect: 'A correction four months after the June deadline that rewrites who supplied a scrap intake: the correction, the corrected intake\'s lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const sg = shaoguanRecycler(ctx);
    const grams = tonnes(40);
    w.record(sg.party, at('2025-07-06', '10:00'), [
      s.collect(sg.party, 'col-2506-01', at('2025-06-12'), { id: 'SWF-2506-01', product: 'scrap-ndfeb-swarf', massGrams: grams }, { name: '东莞长安镇废旧金属回收站 (scrap yard, Chang\'an, Dongguan)' }, sg.plant),
    ]);
    const composition = { ...s.lot(sg.party.lot('SWF-2506-01')).composition };
    const replacement = s.collect(sg.party, 'cor-2510-01', at('2025-06-12'), { id: 'SWF-2506-01B', product: 'scrap-ndfeb-swarf', massGrams: grams, composition },
      { name: '宁波镇海永磁材料有限公司 (Ningbo Zhenhai Permanent Magnet Materials Co.)', id: outsideCode('r24-nb-zhenhai', '330200') }, sg.plant);
    w.record(sg.party, at('2025-10-20', '10:00'), [
      s.correct('cor-2510-01', at('2025-10-20', '09:30'), 'col-2506-01', 'supplier keyed wrongly at intake: the swarf came from the Ningbo works', replacement),
    ]);
    const leach = shaoguanLeach(ctx, sg, 'SWF-2506-01B', grams, '2510', at('2025-10-28'), at('2025-10-30'), [at('2025-10-31'), at('2025-11-01')]);
    w.record(sg.party, at('2025-11-05', '10:00'), leach.events);
    w.record(sg.landfill.party, at('2025-11-06', '10:00'), leach.landfill);
    return {
      world: w,
      find: { parties: [sg.party.id], lots: [sg.party.lot('SWF-2506-01B')], events: [sg.party.event('cor-2510-01')] },
    };
  },
});
