import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-81',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'One transit loss written off twice: short on the buyer\'s receipt, and again as a loss in the seller\'s store',
  does: 'The Baotou separator sells 30 t of NdPr oxide to the Beijing trader (shipped 07-03). Two bags tear on the way: the trader receives 29.2 t on 07-05 and records the shortfall on its receipt, as it should. The separator then writes the same 0.8 t off its own NdPr lot in store on 07-31, "transit loss on shipment shp-2507-ndpr: two torn bags, claim lodged with the railway", and sells the 0.8 t that really is still in its store for cash to a private magnet works. Everyone reports on time.',
  expect: 'A loss declared twice for one event: the shipment already carries the 0.8 t shortfall, so the seller\'s adjustment removes oxide that is still there. The separator\'s adjustment, its NdPr lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const shipped = tonnes(30);
    const lost = tonnes(0.8);
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-03'), 'SEP-2506-NDPR', shipped, r.trader, 'SEP-2506-NDPR-T1', 'rail container BJ-0712'),
      s.adjust(r.separator, 'adj-2507-ndpr', at('2025-07-31', '18:00'), 'SEP-2506-NDPR', -lost, 'transit loss on shipment shp-2507-ndpr: two torn bags, claim lodged with the railway'),
    ]);
    w.record(r.trader, at('2025-08-07', '10:00'), [
      s.receive(r.trader, 'rcv-2507-ndpr', at('2025-07-05', '09:00'), r.separator.lot('SEP-2506-NDPR-T1'), shipped - lost, 'two bags torn in transit, 0.8 t short; railway claim'),
    ]);
    return {
      world: w,
      find: { events: [r.separator.event('adj-2507-ndpr')], lots: [r.separator.lot('SEP-2506-NDPR')], parties: [r.separator.id] },
    };
  },
});
