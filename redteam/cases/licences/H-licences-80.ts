import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-80',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Cerium oxide exported in March 2025 under the exporter\'s catalogue export licence',
  does: 'Until 2025-04-03 rare earth compounds needed an export licence under MOFCOM\'s catalogue of goods under export licence management. The Shanghai exporter holds one for 2025 covering 100 t REO of lanthanum and cerium oxides. It buys 80 t of cerium oxide from the Baotou separator\'s January campaign (shipped 03-05, received 03-06) and exports it to a Korean glass-polishing maker on 03-20, citing the licence. Everyone reports on time.',
  expect: 'Nothing: a catalogued product exported inside the scope, quantity and dates of a licence the exporter holds.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const licence = w.licence({ id: 'RT-EXP-PJ-CAT-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-01-01', validTo: '2025-12-31', capacityTonnesReo: 100, scope: { products: ['oxide-ce', 'oxide-la'], elements: ['Ce', 'La'] } });
    honestMonth(ctx, '2025-01', { tag: '2501' });
    honestMonth(ctx, '2025-06');
    const grams = tonnes(80);
    const lot = sell(ctx, r.separator, r.exporter, {
      lot: 'SEP-2501-CE', grams, shipmentLot: 'SEP-2501-CE-X1', shipId: 'shp-2503-ce', receiveId: 'rcv-2503-ce',
      shippedAt: at('2025-03-05'), receivedAt: at('2025-03-06', '16:00'), sellerRecordsAt: at('2025-04-06', '11:00'), buyerRecordsAt: at('2025-04-08', '10:00'),
    });
    w.record(r.exporter, at('2025-04-08', '10:30'), [
      s.export(r.exporter, 'exp-2503-ce', at('2025-03-20'), lot, grams, 'KR', { licence, customsDeclaration: '220120250300031288', note: 'CeO2 99 %, for glass polishing' }),
    ]);
    return { world: w, find: {} };
  },
});
