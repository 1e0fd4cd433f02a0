import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-46',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'NdPr oxide exported to Haiphong and "imported" back as Vietnamese oxide nine days later, to give it foreign papers',
  does: 'The Shanghai trading house buys 30 t of NdPr oxide from the Baotou separator (07-08) and exports it to Vietnam on 07-14 (NdPr is not export-controlled). A Haiphong affiliate relabels the drums, and on 07-23 the trading house declares the import of 30 t of "Vietnamese" NdPr oxide of the same analysis, which it sells to the Baotou metal smelter as foreign-origin material outside the domestic quota\'s books. The round trip gives the group\'s quota-counted oxide an import declaration, so that a later batch of over-quota oxide can take its place in the books.',
  expect: 'An import matching, in mass, element mix and days, an export of the same party: the export, the import lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ex', at('2025-07-08'), lots.ndprOxide, tonnes(30), r.exporter, 'SEP-2506-NDPR-EX')]);
    const shipment = r.separator.lot('SEP-2506-NDPR-EX');
    const composition = { ...s.lot(shipment).composition };
    w.record(r.exporter, at('2025-08-07', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-ndpr', at('2025-07-10'), shipment, tonnes(30)),
      s.export(r.exporter, 'exp-2507-ndpr', at('2025-07-14'), shipment, tonnes(30), 'VN', { customsDeclaration: '220120250714002288', note: 'NdPr oxide, HS 2846.90' }),
      s.import(r.exporter, 'imp-2507-ndpr', at('2025-07-23'), { id: 'PJ-2507-VN', product: 'oxide-ndpr', massGrams: tonnes(30), composition }, 'VN', '220120250723001947'),
      s.ship(r.exporter, 'shp-2507-met', at('2025-07-25'), 'PJ-2507-VN', tonnes(30), r.smelter),
    ]);
    w.record(r.smelter, at('2025-08-07', '11:00'), [s.receive(r.smelter, 'rcv-2507-vn', at('2025-07-26'), r.exporter.lot('PJ-2507-VN'), tonnes(30))]);
    return {
      world: w,
      find: { parties: [r.exporter.id], lots: [r.exporter.lot('PJ-2507-VN'), shipment], events: [r.exporter.event('imp-2507-ndpr'), r.exporter.event('exp-2507-ndpr')] },
    };
  },
});
