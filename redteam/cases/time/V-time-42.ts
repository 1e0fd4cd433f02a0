import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-42',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A recycling licence granted in August with a validity "from 1 June" covers two months worked without one',
  does: 'A new Lianyungang recycler finishes its plant in May 2025 and applies for its licence. It does not wait: it collects 30 t of NdFeB sludge on 06-05 and 07-04 and refines each lot within two weeks, reporting each month on time. The licence is granted on 2025-08-15; at the company\'s request, citing its application date, the certificate reads "valid from 2025-06-01", and that is how the registry enters it, dated 08-15 when it took effect.',
  expect: 'Recycling before the licence existed: the June and July refining runs were done when the registry held no licence for the recycler; a validity date written back to June does not license them after the fact. The June and July runs and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const lyg = w.party('lyg-recycler', { kind: 'enterprise', roles: ['recycler'], nameZh: '连云港海州湾再生稀土材料有限公司', nameEn: 'Lianyungang Haizhou Bay Renewable Rare Earth Materials Co.', region: '320700' });
    const licence = w.licence({ id: 'RT-REC-LYG-2025', party: lyg.id, activity: 'recycling', validFrom: '2025-06-01', validTo: '2028-05-31', capacityTonnesReo: 1_000, since: '2025-08-15T00:00:00+08:00' });
    const plant = w.facility({ id: 'plant-haizhou-recycling', party: lyg.id, kind: 'plant', nameZh: '海州湾回收厂', nameEn: 'Haizhou Bay recycling plant', region: '320700', licence });
    for (const [month, collectDay, refineDay, reportDay] of [['2025-06', '05', '18', '2025-07-06'], ['2025-07', '04', '17', '2025-08-06']] as const) {
      const tag = month.slice(2).replace('-', '');
      const sludge = { id: `SW-${tag}-01`, product: 'scrap-ndfeb-swarf', massGrams: tonnes(30) };
      const collect = s.collect(lyg, `col-${tag}-01`, at(`${month}-${collectDay}`), sludge, { name: '宁波北仑精磨加工联合体' }, plant);
      const recovered = scale(s.lot(lyg.lot(sludge.id)).composition, 0.95);
      const ndpr = pick(recovered, ['Pr', 'Nd']);
      const dytb = pick(recovered, ['Dy', 'Tb']);
      w.record(lyg, at(reportDay, '10:00'), [
        collect,
        s.process(lyg, `rec-${tag}-01`, at(`${month}-${refineDay}`), [{ lot: sludge.id, massGrams: sludge.massGrams }], [
          { id: `LY-${tag}-NDPR`, product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
          { id: `LY-${tag}-HRE`, product: 'mixed-oxide-heavy', massGrams: oxideMass(dytb, 0.95), composition: dytb },
        ], { facility: plant, note: 'sludge roasted, HCl leach, solvent extraction' }),
      ]);
    }
    return {
      world: w,
      find: { events: [lyg.event('rec-2506-01'), lyg.event('rec-2507-01')], parties: [lyg.id] },
    };
  },
});
