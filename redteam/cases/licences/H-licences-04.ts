import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-04',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide exported without a licence after the catalogue control ended',
  does: 'In July 2025 the exporter buys 20 t of the separator\'s NdPr oxide and ships it to Vietnam without an export licence. Since 2025-04-04 the dual-use controls cover Sm, Gd, Tb, Dy, Lu, Sc and Y; praseodymium and neodymium are not on the list.',
  expect: 'Nothing: the lot carries no controlled element on the day of export.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const shipment = 'SEP-2506-NDPR-X1';
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr-x', at('2025-07-03'), 'SEP-2506-NDPR', tonnes(20), r.exporter, shipment)]);
    w.record(r.exporter, at('2025-08-07', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-ndpr', at('2025-07-05'), r.separator.lot(shipment), tonnes(20)),
      s.export(r.exporter, 'exp-2507-ndpr', at('2025-07-14'), r.separator.lot(shipment), tonnes(20), 'VN', { customsDeclaration: '220120250700061122' }),
    ]);
    return { world: w, find: {} };
  },
});
