import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-66',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'While its dual-use licence is suspended, the exporter ships NdPr oxide abroad, which needs no licence',
  does: 'The Shanghai exporter\'s dual-use licence for dysprosium oxide (valid 2025-07-01 to 2026-06-30) is suspended by MOFCOM from 07-15 pending an end-user check. It exports no dysprosium. On 07-22 it exports to Korea 20 t of NdPr oxide it bought from the Baotou separator (shipped 07-08, received 07-10), citing no licence: praseodymium and neodymium are on no control list since the catalogue control ended on 2025-04-03. July is reported on 8 August.',
  expect: 'Nothing: a suspended licence bars the exports it covers, not the holder\'s trade in goods that need none.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.licence({
      id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5,
      scope: { products: ['oxide-dy'], elements: ['Dy'] }, status: 'suspended', since: '2025-07-15T00:00:00+08:00',
    });
    const grams = tonnes(20);
    const lot = sell(ctx, r.separator, r.exporter, {
      lot: 'SEP-2506-NDPR', grams, shipmentLot: 'SEP-2506-NDPR-S2', shipId: 'shp-2507-ndpr', receiveId: 'rcv-2507-ndpr',
      shippedAt: at('2025-07-08'), receivedAt: at('2025-07-10'), sellerRecordsAt: at('2025-08-06', '10:00'), buyerRecordsAt: at('2025-08-08', '10:00'),
    });
    w.record(r.exporter, at('2025-08-08', '11:00'), [
      s.export(r.exporter, 'exp-2507-ndpr', at('2025-07-22'), lot, grams, 'KR', { customsDeclaration: '220120250700047702' }),
    ]);
    return { world: w, find: {} };
  },
});
