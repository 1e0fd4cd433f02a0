import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-68',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide "returned by a Japanese customer" that nobody ever exported: a customs-return import with no outbound leg',
  does: 'The Shanghai exporter, registered also as an importer, declares on 2025-07-20 the import of 4 t of dysprosium oxide from Japan as "returned goods: quality claim on our export of May 2025", and sells it on 07-25 to the Ningbo magnet maker (received 07-26). No dysprosium oxide was exported to Japan in May, or ever, by the exporter or anyone in the chain: the oxide was separated from smuggled Myanmar feed in an unlicensed workshop and carried in through the bonded zone as a "return". Everyone reports on time.',
  expect: 'An import declared as the return of an export the ledger does not hold: the import, its lot and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.exporter, { roles: ['trader', 'exporter', 'importer'] });
    honestMonth(ctx, '2025-06');
    const grams = tonnes(4);
    w.record(r.exporter, at('2025-08-05', '10:00'), [
      { ...s.import(r.exporter, 'imp-2507-dy', at('2025-07-20'), { id: 'RET-2507-DY', product: 'oxide-dy', massGrams: grams }, 'JP', '220120250700058836'), note: 'returned goods: quality claim on our export of May 2025 to a Japanese magnet maker' },
    ]);
    sell(ctx, r.exporter, r.magnets, {
      lot: 'RET-2507-DY', grams, shipmentLot: 'RET-2507-DY-S1', shipId: 'shp-2507-dy', receiveId: 'rcv-2507-dy',
      shippedAt: at('2025-07-25'), receivedAt: at('2025-07-26'), sellerRecordsAt: at('2025-08-05', '11:00'), buyerRecordsAt: at('2025-08-08', '10:00'),
      note: 'returned goods re-sold domestically',
    });
    return { world: w, find: { events: [r.exporter.event('imp-2507-dy')], lots: [r.exporter.lot('RET-2507-DY')], parties: [r.exporter.id] } };
  },
});
