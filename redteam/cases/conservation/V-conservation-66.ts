import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { customerCode, deliver } from '../../lib/round8.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-66',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A polishing-powder works turns 40 t of cerium oxide into ceria powder holding 45 % more cerium than it bought',
  does: 'A Baotou polishing-powder works buys 40 t of cerium oxide from the Baotou separator (shipped 2025-07-03, received 07-04). On 07-15 it books a calcining and classifying run that makes 58 t of high-cerium polishing powder (98 % REO, 99 % of it CeO2): 46 t of cerium, where the 40 t of oxide held 32 t. The extra 14 t of cerium is off-book Sichuan cerium carbonate bought for cash and fed into the same kiln. On 07-25 it delivers 55 t of powder to a Bengbu cover-glass works. July is reported on 8 August.',
  expect: 'A process whose output carries far more cerium than its input (and lanthanum its input never held): the works\' run, its powder lot and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const works = w.party('polisher', { kind: 'enterprise', roles: ['polishing-powder-maker'], nameZh: '包头稀土高新区抛光材料有限公司', nameEn: 'Baotou Hi-Tech Zone Polishing Materials Co.', region: '150200' });
    const plant = w.facility({ id: 'plant-polisher', party: works.id, kind: 'plant', nameZh: '抛光粉厂', nameEn: 'Polishing powder plant', region: '150200' });
    const grams = tonnes(40);
    const oxide = sell(ctx, r.separator, works, {
      lot: 'SEP-2506-CE', grams, shipmentLot: 'SEP-2506-CE-S1', shipId: 'shp-2507-ce', receiveId: 'rcv-2507-ce',
      shippedAt: at('2025-07-03'), receivedAt: at('2025-07-04'), sellerRecordsAt: at('2025-08-06', '10:00'), buyerRecordsAt: at('2025-08-08', '10:00'),
    });
    const powderGrams = tonnes(58);
    w.record(works, at('2025-08-08', '11:00'), [
      s.process(works, 'pol-2507-01', at('2025-07-15'), [{ lot: oxide, massGrams: grams }], [
        { id: 'POL-2507-01', product: 'polishing-ceria', massGrams: powderGrams, composition: typical('polishing-ceria', powderGrams) },
      ], { facility: plant, note: 'calcining at 950 °C, jet milling and air classification to D50 1.2 µm' }),
      deliver('dlv-2507-01', at('2025-07-25'), 'POL-2507-01', tonnes(55), { name: '蚌埠凯盛盖板玻璃有限公司 (Bengbu cover-glass works)', id: customerCode('BBGL2507', '340300') }, 'glass-and-ceramics', 'BB-2025-0711'),
    ]);
    return { world: w, find: { events: [works.event('pol-2507-01')], lots: [works.lot('POL-2507-01')], parties: [works.id] } };
  },
});
