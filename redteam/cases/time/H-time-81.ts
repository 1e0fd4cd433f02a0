import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-81',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide made in June 2024, held fourteen months while prices were low, sold in August 2025',
  does: 'With NdPr oxide near its low in mid-2024 the Baotou separator stores part of its June 2024 output rather than sell it. When prices recover in August 2025 it sells 40 t of that lot, made on 2024-06-20, to the Beijing trader (shipped 08-04, received 08-05). Every month in between is reported on time; the lot simply sits in store.',
  expect: 'Nothing: old stock sold late is still stock; every event is dated when it happened and reported by the 10th of the next month.',
  build() {
    const ctx = baselineWorld();
    const { r } = ctx;
    honestMonth(ctx, '2024-06', { tag: '2406' });
    honestMonth(ctx, '2025-06');
    sell(ctx, r.separator, r.trader, {
      lot: 'SEP-2406-NDPR', grams: tonnes(40), shipmentLot: 'SEP-2406-NDPR-T1', shipId: 'shp-2508-ndpr', receiveId: 'rcv-2508-ndpr',
      shippedAt: at('2025-08-04'), receivedAt: at('2025-08-05', '10:00'), sellerRecordsAt: at('2025-09-06', '10:00'), buyerRecordsAt: at('2025-09-08', '10:00'),
      note: 'from stock of June 2024 (lot SEP-2406-NDPR)',
    });
    return { world: ctx.w, find: {} };
  },
});
