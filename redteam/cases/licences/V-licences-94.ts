import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { lianyungangRecycler } from '../../lib/round16.ts';

export default defineCase({
  id: 'V-licences-94',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A new Lianyungang recycler starts leaching swarf in July on a licence still under examination, "effective 1 July" in its application',
  does: 'A Lianyungang recycler applies for a recycling licence to run from 2025-07-01; the registry records the application as pending, not yet granted. Its plant is built and its buyers are waiting: it collects 80 t of NdFeB swarf from a Changzhou workshop on 07-05 and leaches and separates it on 07-18, and does the same with 90 t in August, sending its leach residue to the licensed store. It reports both months on time, citing the licence number of its application.',
  expect: 'Recycling on a licence not yet granted: the recycler and its campaigns.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const lyg = lianyungangRecycler(ctx);
    const licence = w.licence({ id: 'RT-REC-LYG-2025', party: lyg.party.id, activity: 'recycling', validFrom: '2025-07-01', validTo: '2028-06-30', capacityTonnesReo: 1_500, status: 'pending' });
    w.facility({ id: lyg.plant, party: lyg.party.id, kind: 'plant', nameZh: '海州湾回收厂', nameEn: 'Haizhou Bay recycling plant', region: '320700', licence });
    lyg.campaign('2025-07', '2025-08', '2507', 80);
    lyg.campaign('2025-08', '2025-09', '2508', 90);
    return { world: w, find: { parties: [lyg.party.id], events: [lyg.party.event('rec-2507-01'), lyg.party.event('rec-2508-01')] } };
  },
});
