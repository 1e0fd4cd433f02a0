import type { AdjustEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-52',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A shipment nobody received, "corrected" eleven weeks later into a July stock-count loss',
  does: 'On 2025-07-05 the separator ships 30 t of NdPr oxide to the Beijing trader and reports it with July on 08-06. The trader never records a receipt: the trucks were unloaded at a warehouse in Langfang for a buyer outside the chain. By September the open shipment shows in the separator\'s goods-in-transit. On 09-22 the separator files a correction of the July shipment that replaces it with a stock-count adjustment of −30 t on its NdPr oxide lot, dated 07-05, "shipment cancelled at the gate; bags found damaged and the oxide written off at the July count". July\'s books now show no shipment and a loss, entered six weeks after July\'s deadline, and nobody ever had to receive anything.',
  expect: 'A correction recorded long after the month\'s deadline that moves a past month\'s figures: a shipment in transit for eleven weeks turned, retroactively, into a 30 t loss of oxide in a closed month; the correction, the original shipment, the oxide lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-bj', at('2025-07-05'), 'SEP-2506-NDPR', grams, r.trader, 'SEP-2506-NDPR-BJ', 'trucks 蒙B·3J417, 蒙B·3J452')]);
    // Written by hand: the scribe does not undo the shipment the correction voids.
    const replacement: AdjustEvent = { id: 'cor-2509-bj', kind: 'adjust', time: at('2025-07-05', '18:00'), lot: 'SEP-2506-NDPR', deltaGrams: -grams, reason: 'shipment cancelled at the gate; bags found damaged and the oxide written off at the July count' };
    w.record(r.separator, at('2025-09-22', '16:00'), [s.correct('cor-2509-bj', at('2025-09-22', '15:00'), 'shp-2507-bj', 'shipment BJ-0705 never left: cancelled at the gate, stock written off', replacement)]);
    return {
      world: w,
      find: {
        events: [r.separator.event('cor-2509-bj'), r.separator.event('shp-2507-bj')],
        lots: [r.separator.lot('SEP-2506-NDPR'), r.separator.lot('SEP-2506-NDPR-BJ')],
        parties: [r.separator.id],
      },
    };
  },
});
