import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-62',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Consignment stock: NdPr metal held at a Ningbo logistics warehouse and called off weekly by the magnet maker',
  does: 'The Ningbo magnet maker has little secure storage, so it buys NdPr metal on a consignment arrangement: the smelter ships 24 t on 2025-07-03 to a registered Ningbo logistics company that stores rare earth metal under seal (received 07-05), and the magnet maker calls off 6 t a week, shipped by the warehouse on 07-08, 07-15, 07-22 and 07-29 and received the next day each time. The metal passes through a third party, in four pieces, and sits there for up to 24 days. Everyone reports July by the 8th of August.',
  expect: 'Nothing: every leg is a shipment received in full by the party it names; a warehouse holding stock for a buyer is an ordinary link in the chain.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const warehouse = w.party('ningbo-warehouse', { kind: 'enterprise', roles: ['trader'], nameZh: '宁波北仑港联仓储物流有限公司', nameEn: 'Ningbo Beilun Ganglian Warehousing & Logistics Co.', region: '330200' });
    const grams = tonnes(24);
    w.record(r.smelter, at('2025-08-05', '10:00'), [s.ship(r.smelter, 'shp-2507-wh', at('2025-07-03'), 'MET-2506-01', grams, warehouse, 'MET-2506-01-WH')]);
    const lot = r.smelter.lot('MET-2506-01-WH');
    const calls = ['08', '15', '22', '29'];
    const part = tonnes(6);
    w.record(warehouse, at('2025-08-06', '10:00'), [
      s.receive(warehouse, 'rcv-2507-01', at('2025-07-05'), lot, grams),
      ...calls.map((d, i) => s.ship(warehouse, `shp-2507-0${i + 1}`, at(`2025-07-${d}`), lot, part, r.magnets, `WH-2507-0${i + 1}`, 'call-off against consignment order NB-2507')),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), calls.map((d, i) => s.receive(r.magnets, `rcv-2507-wh${i + 1}`, at(`2025-07-${String(Number(d) + 1).padStart(2, '0')}`), warehouse.lot(`WH-2507-0${i + 1}`), part)));
    return { world: w, find: {} };
  },
});
