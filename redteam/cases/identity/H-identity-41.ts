import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { add, at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-41',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Lanthanum–cerium polishing powder blended from separated oxides and delivered to a glassworks',
  does: 'A Baotou polishing-powder works buys 10 t of cerium oxide and 6 t of lanthanum oxide from the separator\'s June output, shipped on 2025-07-03. On 07-15 it blends them, fluorinates the blend with ammonium bifluoride, calcines and classifies it: 98.5 % of the rare earths end up in 17.3 t of La–Ce polishing powder at 90 % REO (Ce 61 %, La 39 % of the rare earths), the rest in the classifier\'s fines. On 07-25 it delivers 15 t to a Bengbu cover-glass maker. Everyone reports on time.',
  expect: 'Nothing: the powder is made of separated La and Ce oxides, its rare earths are lanthanum and cerium in a polishing powder\'s ratio, and a glassworks is its final user.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const polisher = w.party('polisher', { kind: 'enterprise', roles: ['polishing-powder-maker'], nameZh: '包头稀土高新区精研抛光材料有限公司', nameEn: 'Baotou Jingyan Polishing Materials Co.', region: '150200' });
    const works = w.facility({ id: 'plant-jingyan-polishing', party: polisher.id, kind: 'plant', nameZh: '精研抛光粉厂', nameEn: 'Jingyan polishing powder works', region: '150200' });
    const ce = tonnes(10);
    const la = tonnes(6);
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-ce', at('2025-07-03'), 'SEP-2506-CE', ce, polisher, 'SEP-2506-CE-S1'),
      s.ship(r.separator, 'shp-2507-la', at('2025-07-03'), 'SEP-2506-LA', la, polisher, 'SEP-2506-LA-S1'),
    ]);
    const ceLot = r.separator.lot('SEP-2506-CE-S1');
    const laLot = r.separator.lot('SEP-2506-LA-S1');
    const composition = scale(add(s.lot(ceLot).composition, s.lot(laLot).composition), 0.985);
    const powder = { id: 'JY-2507-PP', product: 'polishing-lace', massGrams: Math.ceil(reo(composition) / 0.9), composition };
    const customer = { name: '蚌埠中显盖板玻璃有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '340300', orgBody8: 'ZXGB0725' }) };
    const deliver: DeliverEvent = { id: 'dlv-2507-pp', kind: 'deliver', time: at('2025-07-25'), lot: powder.id, massGrams: tonnes(15), customer, sector: 'glass-and-ceramics', contract: 'ZX-2507-PP-03' };
    w.record(polisher, at('2025-08-07', '10:00'), [
      s.receive(polisher, 'rcv-2507-ce', at('2025-07-04'), ceLot, ce),
      s.receive(polisher, 'rcv-2507-la', at('2025-07-04'), laLot, la),
      s.process(polisher, 'pp-2507-01', at('2025-07-15'), [{ lot: ceLot, massGrams: ce }, { lot: laLot, massGrams: la }], [powder], { facility: works, note: 'blended, fluorinated with NH4HF2, calcined at 950 °C, classified' }),
      deliver,
    ]);
    return { world: w, find: {} };
  },
});
