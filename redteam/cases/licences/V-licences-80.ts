import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-80',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Cerium oxide exported in March 2025 without a licence, while rare earth oxides were still in the export-licence catalogue',
  does: 'Until 2025-04-03 every rare earth concentrate, compound and metal was in MOFCOM\'s catalogue of goods under export licence management, whatever the element. The Shanghai exporter buys 80 t of cerium oxide from the Baotou separator\'s January campaign (shipped 03-05, received 03-06) and exports it to a Korean glass-polishing maker on 03-20 with no licence, declaring it like the polishing powders it also ships (which are outside the catalogue). Everyone reports on time.',
  expect: 'An export of a catalogued product on a day the catalogue control applied, with no licence: the export and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-01', { tag: '2501' });
    honestMonth(ctx, '2025-06');
    const grams = tonnes(80);
    const lot = sell(ctx, r.separator, r.exporter, {
      lot: 'SEP-2501-CE', grams, shipmentLot: 'SEP-2501-CE-X1', shipId: 'shp-2503-ce', receiveId: 'rcv-2503-ce',
      shippedAt: at('2025-03-05'), receivedAt: at('2025-03-06', '16:00'), sellerRecordsAt: at('2025-04-06', '11:00'), buyerRecordsAt: at('2025-04-08', '10:00'),
    });
    w.record(r.exporter, at('2025-04-08', '10:30'), [
      s.export(r.exporter, 'exp-2503-ce', at('2025-03-20'), lot, grams, 'KR', { customsDeclaration: '220120250300031288', note: 'CeO2 99 %, for glass polishing' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('exp-2503-ce')], lots: [lot], parties: [r.exporter.id] } };
  },
});
