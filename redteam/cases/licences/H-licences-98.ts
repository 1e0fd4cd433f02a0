import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { enterprise } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-licences-98',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A recycler whose licence ran out on 31 July sends its unprocessed swarf to a licensed recycler in August',
  does: 'The Ganzhou recycler collected 60 t of NdFeB swarf on 2025-07-04 while its licence was valid; the licence ended on 07-31 and was not renewed, so it stops its leach line. On 08-05 it ships the swarf, untouched, to a licensed Lianyungang recycler, which receives it on 08-07. The Ganzhou plant processes nothing after July.',
  expect: 'Nothing: the swarf was collected under a valid licence and, after it ended, only handed to a licensed recycler; no recycling was done without a licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.amendLicence('RT-REC-GZ-2024', { validTo: '2025-07-31' });
    const lyg = enterprise(ctx, 'lyg-recycler', ['recycler'], '连云港海州湾稀土再生科技有限公司', 'Lianyungang Haizhou Bay Rare Earth Recycling Technology Co.', '320700');
    const licence = w.licence({ id: 'RT-REC-LYG-2024', party: lyg.id, activity: 'recycling', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 2_000 });
    w.facility({ id: 'plant-lyg-recycling', party: lyg.id, kind: 'plant', nameZh: '海州湾回收厂', nameEn: 'Haizhou Bay recycling plant', region: '320700', licence });
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      s.collect(r.recycler, 'col-2507-01', at('2025-07-04'), { id: 'SW-2507-01', product: 'scrap-ndfeb-swarf', massGrams: tonnes(60) }, { name: '宁波镇海恒达磁材加工厂', id: 'supplier-zhenhai-0231' }, r.recyclingPlant),
    ]);
    w.record(r.recycler, at('2025-09-06', '10:00'), [
      s.ship(r.recycler, 'shp-2508-sw', at('2025-08-05'), 'SW-2507-01', tonnes(60), lyg, undefined, 'unprocessed swarf: licence ended 07-31'),
    ]);
    w.record(lyg, at('2025-09-07', '10:00'), [s.receive(lyg, 'rcv-2508-sw', at('2025-08-07'), r.recycler.lot('SW-2507-01'), tonnes(60))]);
    return { world: w, find: {} };
  },
});
