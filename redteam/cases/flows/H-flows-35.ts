// Estimates (not in shared/DOMAIN.md): La–Ce polishing powder at 90 % REO (the catalogue's
// polishing-lace), 99.5 % of the rare earths into the powder; 0.5 % lost to fines on re-milling.
import { defineCase } from '../../lib/case.ts';
import { add, at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { code23, firm, on } from '../../lib/round23.ts';
import { deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-flows-35',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Four tonnes of polishing powder exported from Pingxiang to a Vietnamese glass maker come back over the border as rejected goods and are re-milled',
  does: 'A polishing-powder works in Pingxiang, on the Guangxi–Vietnam border, buys 30 t of cerium oxide and 12 t of lanthanum oxide from the Baotou separator (shipped 2025-07-03, received 07-09) and on 07-14 fluorinates, calcines and mills them into 46 t of lanthanum–cerium polishing powder. On 07-22 it exports 20 t through the Youyiguan crossing to a cover-glass maker in Bac Ninh. The buyer\'s incoming test finds one 4 t batch too coarse; the works takes it back, and on 08-26 declares its import as returned goods, 4 t of the same powder. It re-mills the batch on 09-03 (0.5 % lost to fines) and on 09-10 delivers it with 20 t of the July powder to a Guilin optical-glass works. Everyone reports on time.',
  expect: 'Nothing: an uncontrolled product exported and part of it returned, lighter than what left, under its own declarations, then finished and sold at home.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const works = firm(ctx, 'r23-px-polish', ['polishing-powder-maker', 'exporter', 'importer'], '凭祥友谊关稀土抛光材料有限公司', 'Pingxiang Youyiguan Rare Earth Polishing Materials Co.', '451400');
    const plant = w.facility({ id: 'plant-r23-youyiguan', party: works.id, kind: 'plant', nameZh: '友谊关抛光材料厂', nameEn: 'Youyiguan polishing powder plant', region: '451400' });
    const ce = tonnes(30);
    const la = tonnes(12);
    w.record(r.separator, on('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-ce', at('2025-07-03'), 'SEP-2506-CE', ce, works, 'SEP-2506-CE-PX', 'rail to Pingxiang'),
      s.ship(r.separator, 'shp-2507-la', at('2025-07-03'), 'SEP-2506-LA', la, works, 'SEP-2506-LA-PX', 'rail to Pingxiang'),
    ]);
    const ceLot = r.separator.lot('SEP-2506-CE-PX');
    const laLot = r.separator.lot('SEP-2506-LA-PX');
    const powder = scale(add(s.share(ceLot, ce), s.share(laLot, la)), 0.995);
    const powderGrams = Math.ceil(reo(powder) / 0.9);
    const exported = tonnes(20);
    w.record(works, on('2025-08-07'), [
      s.receive(works, 'rcv-2507-ce', at('2025-07-09'), ceLot, ce),
      s.receive(works, 'rcv-2507-la', at('2025-07-09'), laLot, la),
      s.process(works, 'pol-2507-01', at('2025-07-14'), [{ lot: ceLot, massGrams: ce }, { lot: laLot, massGrams: la }], [
        { id: 'PP-2507-01', product: 'polishing-lace', massGrams: powderGrams, composition: powder },
      ], { facility: plant, note: 'fluorinated, calcined at 950 °C, milled and classified' }),
      s.export(works, 'exp-2507-01', at('2025-07-22', '11:00'), 'PP-2507-01', exported, 'VN', { customsDeclaration: '722120250700035518' }),
    ]);
    const back = tonnes(4);
    const perTonne = scale(s.lot(works.lot('PP-2507-01')).composition, 1_000_000 / s.lot(works.lot('PP-2507-01')).massGrams);
    const returned = { id: 'PP-2508-RET', product: 'polishing-lace', massGrams: back, composition: scale(perTonne, 4) };
    w.record(works, on('2025-09-05'), [
      s.import(works, 'imp-2508-01', at('2025-08-26', '10:00'), returned, 'VN', '722120250800041107'),
    ]);
    const remilled = scale(s.lot(works.lot('PP-2508-RET')).composition, 0.995);
    const remilledGrams = Math.round(back * 0.995);
    const customer = { name: '桂林光学玻璃有限公司', id: code23('gl-optical', '450000') };
    w.record(works, on('2025-10-07'), [
      s.process(works, 'pol-2509-01', at('2025-09-03'), [{ lot: 'PP-2508-RET', massGrams: back }], [
        { id: 'PP-2509-RM', product: 'polishing-lace', massGrams: remilledGrams, composition: remilled },
      ], { facility: plant, note: 'returned batch re-milled and re-classified; fines to the baghouse' }),
      deliver('dlv-2509-01', at('2025-09-10'), 'PP-2509-RM', remilledGrams, customer, 'glass-and-ceramics', 'GL-2025-0902'),
      deliver('dlv-2509-02', at('2025-09-10'), 'PP-2507-01', tonnes(20), customer, 'glass-and-ceramics', 'GL-2025-0902'),
    ]);
    return { world: w, find: {} };
  },
});
