import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-48',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide shipped on 29 July to a new Guangdong customer by rail, received 8 August and filed with its August return',
  does: 'The Baotou separator sells 18 t of NdPr oxide to a Guangzhou metal smelter, a first order, shipped by rail on 2025-07-29. The consignment reaches Guangzhou on 08-08 (long haul with a transfer at Zhengzhou); the buyer books the receipt in its August return, filed 09-06. From 08-06 (when the separator files July) until 09-06 the shipment shows as not received.',
  expect: 'Nothing: a long rail haul to a registered, licensed buyer that reports the receipt in the month it happened, by the 10th of the next.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    const buyer = w.party('r22-guangzhou-smelter', { kind: 'enterprise', roles: ['metal-smelter'], nameZh: '广州南沙稀土金属有限公司', nameEn: 'Guangzhou Nansha Rare Earth Metals Co.', region: '440100' });
    w.licence({ id: 'RT22-MET-GZ', party: buyer.id, activity: 'metal-smelting', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 2_000 });
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.ship(r.separator, 'shp-2507-hz', at('2025-07-29'), lots.ndprOxide, tonnes(18), buyer, 'SEP-2506-NDPR-HZ', 'rail container, transfer at Zhengzhou'),
    ]);
    w.record(buyer, at('2025-09-06', '10:00'), [
      s.receive(buyer, 'rcv-2508-hz', at('2025-08-08'), r.separator.lot('SEP-2506-NDPR-HZ'), tonnes(18)),
    ]);
    return { world: w, find: {} };
  },
});
