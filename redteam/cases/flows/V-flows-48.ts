import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-48',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: '35 t of NdPr oxide sold to a registered "new materials" company that never books it in, and vanishes from the chain',
  does: 'The Baotou separator sells 35 t of NdPr oxide on 07-09 to a Tianjin company registered as a trader that has never filed a return. The company takes delivery, pays cash, and passes the oxide to buyers outside the system; it files nothing for July, August or September.',
  expect: 'A shipment of a traceable product never received by its consignee months after dispatch: the separator\'s shipment, its lot and the silent buyer.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    const buyer = w.party('r22-tianjin-buyer', { kind: 'enterprise', roles: ['trader'], nameZh: '天津滨海瑞丰新材料有限公司', nameEn: 'Tianjin Binhai Ruifeng New Materials Co.', region: '120000' });
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.ship(r.separator, 'shp-2507-tj', at('2025-07-09'), lots.ndprOxide, tonnes(35), buyer, 'SEP-2506-NDPR-TJ', 'buyer\'s own truck'),
    ]);
    // A later month of the chain, so the ledger's clock runs past the months the buyer never filed.
    w.record(r.miner, at('2025-10-05', '10:00'), [
      s.ship(r.miner, 'shp-2509-01', at('2025-09-10'), lots.concentrate, tonnes(150), r.separator, 'BC-2506-01-S4'),
    ]);
    w.record(r.separator, at('2025-10-06', '10:00'), [s.receive(r.separator, 'rcv-2509-01', at('2025-09-11'), r.miner.lot('BC-2506-01-S4'), tonnes(150))]);
    return { world: w, find: { parties: [buyer.id, r.separator.id], lots: [r.separator.lot('SEP-2506-NDPR-TJ')], events: [r.separator.event('shp-2507-tj')] } };
  },
});
