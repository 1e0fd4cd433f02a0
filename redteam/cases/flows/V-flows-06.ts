import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-06',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Diversion in transit: a shipment nobody receives',
  does: 'On 2025-07-03 the separator ships 15 t of NdPr oxide to the Beijing trader, which never records a receipt: the oxide was unloaded at an unlicensed magnet workshop. The chain goes on reporting for three more months.',
  expect: 'A shipment still in transit months later; the shipment lot, the ship event and the two parties.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-d1', at('2025-07-03'), 'SEP-2506-NDPR', tonnes(15), r.trader, 'SEP-2506-NDPR-D1')]);
    honestMonth(ctx, '2025-09');
    return { world: w, find: { lots: [r.separator.lot('SEP-2506-NDPR-D1')], events: [r.separator.event('shp-2507-d1')], parties: [r.trader.id, r.separator.id] } };
  },
});
