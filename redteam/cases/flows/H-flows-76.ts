import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-flows-76',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Sintered blocks sent to a Ningbo machining shop and back as finished segments, the grinding swarf kept by the shop for the recycler',
  does: 'The Ningbo magnet maker sinters its June NdPr metal into blocks on 2025-07-04 and, its own grinders being full, ships 10 t of blocks to a registered machining subcontractor across the city on 07-08 (received 07-09). The shop slices and grinds them on 07-15 into finished segments holding 85 % of the blocks\' rare earths; 14 % goes to grinding swarf (an estimate for thin segments) and 1 % to fines lost with the coolant. It ships the segments back on 07-20 (received 07-21), and its swarf, which is its own by contract, to the Ganzhou recycler on 07-25 (received 07-28). The magnet maker delivers the segments to a motor maker on 07-30. Everyone reports on time.',
  expect: 'Nothing: a round trip of magnets through a machining subcontractor is ordinary in the magnet trade (toll separation is banned, toll machining is not); the segments come back lighter by the swarf, which goes to a licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const shop = w.party('machining-shop', { kind: 'enterprise', roles: ['magnet-maker'], nameZh: '宁波鄞州精密磁材加工有限公司', nameEn: 'Ningbo Yinzhou Precision Magnet Machining Co.', region: '330200' });
    const shopPlant = w.facility({ id: 'plant-yinzhou-machining', party: shop.id, kind: 'plant', nameZh: '鄞州磁材加工车间', nameEn: 'Yinzhou magnet machining shop', region: '330200' });
    const { magnets, swarf } = sinter(s.share(june.metalShipment, tonnes(20)), '2507');
    const blocks = tonnes(10);
    w.record(r.magnets, at('2025-07-08', '18:00'), [
      s.process(r.magnets, 'sin-2507-01', at('2025-07-04'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing, sintering' }),
      s.ship(r.magnets, 'shp-2507-blk', at('2025-07-08', '09:00'), magnets.id, blocks, shop, 'MG-2507-S1', 'sintered blocks for slicing and grinding, order YZ-0701'),
    ]);
    const sent = r.magnets.lot('MG-2507-S1');
    const held = s.share(sent, blocks);
    const segComp = scale(held, 0.85);
    const swfComp = scale(held, 0.14);
    const segments = { id: 'SEG-2507-01', product: 'magnet-ndfeb-sintered', massGrams: massAtShare(segComp, 0.3), composition: segComp };
    const shopSwarf = { id: 'SWY-2507-01', product: 'scrap-ndfeb-swarf', massGrams: massAtShare(swfComp, 0.22), composition: swfComp };
    w.record(shop, reportTime('2025-07', 6), [
      s.receive(shop, 'rcv-2507-blk', at('2025-07-09'), sent, blocks),
      s.process(shop, 'mch-2507-01', at('2025-07-15'), [{ lot: sent, massGrams: blocks }], [segments, shopSwarf], { facility: shopPlant, note: 'wire slicing, double-disc grinding, chamfering' }),
      s.ship(shop, 'shp-2507-seg', at('2025-07-20'), segments.id, segments.massGrams, r.magnets, undefined, 'finished segments returned, order YZ-0701'),
      s.ship(shop, 'shp-2507-swf', at('2025-07-25'), shopSwarf.id, shopSwarf.massGrams, r.recycler, undefined, 'swarf drums under water'),
    ]);
    const customer = { name: '宁波北仑精诚电机有限公司 (Ningbo Beilun Jingcheng Motor Co.)', id: customerCode('4NQ7TB2K', '330200') };
    w.record(r.magnets, reportTime('2025-07', 8), [
      s.receive(r.magnets, 'rcv-2507-seg', at('2025-07-21'), shop.lot(segments.id), segments.massGrams),
      deliver('dlv-2507-01', at('2025-07-30'), shop.lot(segments.id), segments.massGrams, customer, 'motors', 'JC-2025-0712'),
    ]);
    w.record(r.recycler, reportTime('2025-07', 7), [s.receive(r.recycler, 'rcv-2507-swf', at('2025-07-28'), shop.lot(shopSwarf.id), shopSwarf.massGrams)]);
    return { world: w, find: {} };
  },
});
