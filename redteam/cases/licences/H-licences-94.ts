import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { lianyungangRecycler } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-licences-94',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Lianyungang recycler works July and August on its current licence while the renewal for 2026 is still pending',
  does: 'A Lianyungang recycler holds a recycling licence valid from 2023-01-01 to 2025-12-31. It has applied for the renewal, to run from 2026-01-01; the registry records the renewal as pending. It collects 80 t of NdFeB swarf on 2025-07-05 and 90 t on 08-05, leaches them on the 18th of each month, sends its leach residue to the licensed store and reports both months on time.',
  expect: 'Nothing: the work is covered by the licence in force; a pending renewal for a later period changes nothing about July and August.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const lyg = lianyungangRecycler(ctx);
    const licence = w.licence({ id: 'RT-REC-LYG-2023', party: lyg.party.id, activity: 'recycling', validFrom: '2023-01-01', validTo: '2025-12-31', capacityTonnesReo: 1_500 });
    w.licence({ id: 'RT-REC-LYG-2026', party: lyg.party.id, activity: 'recycling', validFrom: '2026-01-01', validTo: '2028-12-31', capacityTonnesReo: 1_500, status: 'pending' });
    w.facility({ id: lyg.plant, party: lyg.party.id, kind: 'plant', nameZh: '海州湾回收厂', nameEn: 'Haizhou Bay recycling plant', region: '320700', licence });
    lyg.campaign('2025-07', '2025-08', '2507', 80);
    lyg.campaign('2025-08', '2025-09', '2508', 90);
    return { world: w, find: {} };
  },
});
