import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-80',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Two tonnes of NdPr metal flown from Baotou to Ningbo, received seven and a half hours after dispatch',
  does: 'A furnace breakdown at its usual supplier leaves the Ningbo magnet maker short for an urgent motor order. On 07-08 the Baotou smelter sends it 2 t of NdPr metal by air freight: trucked to Baotou Donghe airport at 09:00, flown to Ningbo Lishe, delivered to the plant at 16:30 the same day. Both record the day\'s times and report July on time.',
  expect: 'Nothing: a shipment received the same day, 1,700 km away, by a means of transport that takes hours; the receipt follows the shipment.',
  build() {
    const ctx = baselineWorld();
    const { r } = ctx;
    honestMonth(ctx, '2025-06');
    sell(ctx, r.smelter, r.magnets, {
      lot: 'MET-2506-01', grams: tonnes(2), shipmentLot: 'MET-2506-01-A1', shipId: 'shp-2507-air', receiveId: 'rcv-2507-air',
      shippedAt: at('2025-07-08', '09:00'), receivedAt: at('2025-07-08', '16:30'), sellerRecordsAt: at('2025-08-07', '10:00'), buyerRecordsAt: at('2025-08-08', '10:00'),
      note: 'air freight BAV–NGB, AWB 999-2025 0708 113',
    });
    return { world: ctx.w, find: {} };
  },
});
