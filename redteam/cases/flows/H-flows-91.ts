import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-flows-91',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A cancelled order: the Ningbo magnet maker sells 5 t of NdPr metal on to a Baotou magnet maker, which sinters it',
  does: 'A customer of the Ningbo magnet maker cancels a motor-magnet order, leaving it 5 t of the NdPr metal it bought in June 2025. It sells them to a Baotou magnet maker short of metal: shipped 07-08, received 07-10. The Baotou maker sinters them on 07-15 into magnets and grinding swarf and delivers 12 t of the magnets to a Baotou wind-turbine maker on 07-28; the swarf waits in its store for the recycler. Metal flows back up the map from a magnet maker to another magnet maker near the smelter that made it. Everyone reports on time.',
  expect: 'Nothing: one magnet maker reselling unused metal to another, received and used by the buyer, is ordinary trade.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const bt = w.party('baotou-magnets', { kind: 'enterprise', roles: ['magnet-maker'], nameZh: '包头稀土高新区磁材有限公司', nameEn: 'Baotou Hi-Tech Zone Magnetics Co.', region: '150200' });
    const plant = w.facility({ id: 'plant-gaoxin-magnets', party: bt.id, kind: 'plant', nameZh: '高新区磁材厂', nameEn: 'Hi-Tech Zone magnet plant', region: '150200' });
    const grams = tonnes(5);
    w.record(r.magnets, at('2025-08-08', '11:00'), [
      s.ship(r.magnets, 'shp-2507-bt', at('2025-07-08'), june.metalShipment, grams, bt, 'MET-2506-01-S1-BT', 'resale after a cancelled order'),
    ]);
    const lot = r.magnets.lot('MET-2506-01-S1-BT');
    const { magnets, swarf } = sinter(s.lot(lot).composition, '2507-BT');
    w.record(bt, at('2025-08-08', '12:00'), [
      s.receive(bt, 'rcv-2507-bt', at('2025-07-10'), lot, grams),
      s.process(bt, 'sin-2507-bt', at('2025-07-15'), [{ lot, massGrams: grams }], [magnets, swarf], { facility: plant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing, sintering, grinding' }),
      deliver('dlv-2507-wind', at('2025-07-28'), magnets.id, Math.min(tonnes(12), magnets.massGrams), { name: '包头北辰风电装备有限公司', id: customerCode('B7M4N2TK', '150200') }, 'wind-power', 'BC-BT-2025-07'),
    ]);
    return { world: w, find: {} };
  },
});
