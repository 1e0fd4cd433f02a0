import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-91',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A merger\'s stock counted twice: the acquired smelter ships its metal across, and the buyer books it again as opening stock',
  does: 'On 2025-07-01 the Northern group folds the Kundulun metal smelter into a new group metals company, which takes over the plant under a licence of its own. The smelter ships its remaining NdPr metal (about 30 t) to the new company, which receives it the same day; then the new company\'s accountant also books the "opening stock taken over from Kundulun" as a +30 t count difference of NdPr metal on the same lot. The doubled 30 t gives the group cover to sell NdPr metal electrolysed from off-book oxide. Both file July on time.',
  expect: 'NdPr metal counted twice at one holder: a positive count difference as large as the receipt that already brought the same stock in. The adjustment, its lot and the new metals company.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const metals = w.party('group-metals', {
      kind: 'enterprise', roles: ['metal-smelter'], nameZh: '北疆稀土金属集团有限公司', nameEn: 'Beijiang Rare Earth Metals Group Co.', region: '150200', group: r.group.id,
    });
    const licence = w.licence({ id: 'RT-MET-BJ-2025', party: metals.id, activity: 'metal-smelting', validFrom: '2025-07-01', validTo: '2027-12-31', capacityTonnesReo: 5_000 });
    w.facility({ id: 'plant-kundulun-metal-2', party: metals.id, kind: 'plant', nameZh: '昆区金属厂（集团接管）', nameEn: 'Kundulun metal plant (group takeover)', region: '150203', licence });
    const stock = s.lot(june.metal).massGrams;
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.ship(r.smelter, 'shp-2507-merge', at('2025-07-01', '09:00'), june.metal.split(':')[1]!, stock, metals, undefined, 'stock handed over at the merger'),
    ]);
    const comp = { ...s.lot(june.metal).composition };
    w.record(metals, at('2025-08-07', '11:00'), [
      s.receive(metals, 'rcv-2507-merge', at('2025-07-01', '11:00'), june.metal, stock),
      s.adjust(metals, 'adj-2507-open', at('2025-07-01', '18:00'), june.metal, stock, 'opening stock taken over from Baotou Kundulun Rare Earth Metals Co. at the merger', comp),
    ]);
    return {
      world: w,
      find: { events: [metals.event('adj-2507-open')], lots: [june.metal], parties: [metals.id] },
    };
  },
});
