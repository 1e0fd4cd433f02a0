import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-47',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A July sale to a trader under investigation voided in November as "entered in error", four months after the oxide left',
  does: 'The Baotou separator sells 12 t of NdPr oxide to the Beijing trader on 2025-07-16; the separator reports it on 08-06; the trader, which has stopped filing, never books it in. In November, when the trader is investigated for selling oxide to unregistered buyers, the separator files on 11-18 a correction that voids the July shipment, reason "entered in error, goods never left the warehouse", to break the chain between itself and the trader. The oxide had left on the trader\'s truck on 07-16 (weighbridge and gate records).',
  expect: 'A shipment of a closed, reported month voided four months late, once its buyer came under investigation: the voiding correction, the shipment lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.ship(r.separator, 'shp-2507-tr', at('2025-07-16'), lots.ndprOxide, tonnes(12), r.trader, 'SEP-2506-NDPR-TR'),
    ]);
    w.record(r.separator, at('2025-11-18', '17:30'), [
      s.correct('cor-2507-tr', at('2025-11-18', '17:20'), 'shp-2507-tr', 'entered in error: goods never left the warehouse'),
    ]);
    return {
      world: w,
      find: { parties: [r.separator.id], lots: [r.separator.lot('SEP-2506-NDPR-TR')], events: [r.separator.event('cor-2507-tr'), r.separator.event('shp-2507-tr')] },
    };
  },
});
