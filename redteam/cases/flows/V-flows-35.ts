// Estimates (not in shared/DOMAIN.md): none; the figures are the baseline's.
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-flows-35',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'A Korean customer\'s "rejected" 8 t of NdPr oxide come back through customs as 12 t',
  does: 'The Shanghai trading house buys 20 t of NdPr oxide from the Baotou separator (shipped 2025-07-08, received 07-10) and exports 8 t to a magnet maker in Changwon on 07-14; NdPr oxide needs no export licence. On 08-20 it declares the import of 12 t of NdPr oxide of the same analysis from Korea as "goods returned: rejected by the customer for particle size". Only the 8 t went to Korea and back; the other 4 t on the return declaration are oxide from an unlicensed Jiangxi extraction workshop, which never left China and get an import entry to cover them. On 08-25 the house sells 24 t of NdPr oxide, its 12 t left and the 12 t "returned", to the Baotou smelter (received 08-26). Everyone reports on time.',
  expect: 'A re-import of the same product and analysis as an export, by the same party, half as heavy again as what left: the import, its lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const bought = tonnes(20);
    w.record(r.separator, on('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-pj', at('2025-07-08'), 'SEP-2506-NDPR', bought, r.exporter, 'SEP-2506-NDPR-PJ'),
    ]);
    const lot = r.separator.lot('SEP-2506-NDPR-PJ');
    const exported = tonnes(8);
    const perTonne = scale(s.lot(lot).composition, 1 / 20);
    w.record(r.exporter, on('2025-08-07'), [
      s.receive(r.exporter, 'rcv-2507-01', at('2025-07-10'), lot, bought),
      s.export(r.exporter, 'exp-2507-01', at('2025-07-14', '16:00'), lot, exported, 'KR', { customsDeclaration: '220120250700061822' }),
    ]);
    const back = tonnes(12);
    const returned = { id: 'KR-2508-RET', product: 'oxide-ndpr', massGrams: back, composition: scale(perTonne, 12) };
    const onward = tonnes(12);
    w.record(r.exporter, on('2025-09-05'), [
      s.import(r.exporter, 'imp-2508-01', at('2025-08-20', '10:30'), returned, 'KR', '220120250800074109'),
      s.ship(r.exporter, 'shp-2508-01', at('2025-08-25'), 'KR-2508-RET', back, r.smelter),
      s.ship(r.exporter, 'shp-2508-02', at('2025-08-25'), lot, onward, r.smelter, 'PJ-2508-NDPR-S1'),
    ]);
    w.record(r.smelter, on('2025-09-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2508-01', at('2025-08-26'), r.exporter.lot('KR-2508-RET'), back),
      s.receive(r.smelter, 'rcv-2508-02', at('2025-08-26'), r.exporter.lot('PJ-2508-NDPR-S1'), onward),
    ]);
    return {
      world: w,
      find: { parties: [r.exporter.id], events: [r.exporter.event('imp-2508-01')], lots: [r.exporter.lot('KR-2508-RET')] },
    };
  },
});
