import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-80',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide declared for export into the Ningbo bonded logistics park, destination country "China"',
  does: 'A Korean magnet maker keeps a regional stock of NdPr oxide in the Ningbo Meishan bonded logistics park and calls it off to its plants in Korea and Vietnam. The Shanghai exporter buys 30 t from the Baotou separator (shipped 07-03, received 07-04) and delivers them into the park on 07-10 on an export declaration: Chinese customs treat goods entering a bonded logistics park as exported (the declaration\'s destination is China, the park), and the goods are outside the customs territory from then on. NdPr oxide needs no export licence. Everyone reports on time.',
  expect: 'Nothing: an export into a special customs supervision zone is an export, recorded as one, of a product under no export control.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    const lot = sell(ctx, r.separator, r.exporter, {
      lot: 'SEP-2506-NDPR', grams, shipmentLot: 'SEP-2506-NDPR-X1', shipId: 'shp-2507-ndpr', receiveId: 'rcv-2507-ndpr',
      shippedAt: at('2025-07-03'), receivedAt: at('2025-07-04', '16:00'), sellerRecordsAt: at('2025-08-06', '11:00'), buyerRecordsAt: at('2025-08-08', '10:00'),
    });
    w.record(r.exporter, at('2025-08-08', '10:30'), [
      s.export(r.exporter, 'exp-2507-ndpr', at('2025-07-10'), lot, grams, 'CN', { customsDeclaration: '310420250700019935', note: 'into Ningbo Meishan bonded logistics park (export on entry), consignee a Korean magnet maker\'s regional stock' }),
    ]);
    return { world: w, find: {} };
  },
});
