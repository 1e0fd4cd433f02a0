import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { enterprise } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-flows-96',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'One truck, two Ningbo customers: 15 t of NdPr metal dropped as 9 t and 6 t consignments',
  does: 'The metal smelter loads one container with 15 t of June\'s NdPr metal on 2025-07-10 and ships it as two consignments: 9 t to the Beilun magnet maker and 6 t to a Cixi magnet maker 40 km further on. The truck drops the 9 t in Beilun on 07-11 in the morning and the 6 t in Cixi that afternoon; each buyer books what it received in full.',
  expect: 'Nothing: two shipments, each received whole by the party it was shipped to.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = honestMonth(ctx, '2025-06');
    const cixi = enterprise(ctx, 'cixi-magnets', ['magnet-maker'], '慈溪东海磁业有限公司', 'Cixi Donghai Magnetics Co.', '330200');
    w.facility({ id: 'plant-cixi-magnets', party: cixi.id, kind: 'plant', nameZh: '慈溪磁材厂', nameEn: 'Cixi magnet plant', region: '330200' });
    const local = month.metal.split(':')[1]!;
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.ship(r.smelter, 'shp-2507-met-a', at('2025-07-10', '06:00'), local, tonnes(9), r.magnets, `${local}-S2`, 'container 1 of 1, drop 1: Beilun'),
      s.ship(r.smelter, 'shp-2507-met-b', at('2025-07-10', '06:00'), local, tonnes(6), cixi, `${local}-S3`, 'container 1 of 1, drop 2: Cixi'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-met-a', at('2025-07-11', '09:00'), r.smelter.lot(`${local}-S2`), tonnes(9))]);
    w.record(cixi, at('2025-08-08', '11:00'), [s.receive(cixi, 'rcv-2507-met-b', at('2025-07-11', '15:00'), r.smelter.lot(`${local}-S3`), tonnes(6))]);
    return { world: w, find: {} };
  },
});
