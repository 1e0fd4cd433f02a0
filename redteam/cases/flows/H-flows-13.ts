// Estimates (not in shared/DOMAIN.md): magnets at 30 % rare earths, swarf at 22 % (magnets.ts).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { deliver, feedOf, metalFromBaotou, on, outsideCode, sinterOutputs, tianjin } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-flows-13',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Four tonnes of magnets rejected by a Vietnamese motor plant come back to Tianjin under a customs return and are sold at home',
  does: 'A Tianjin magnet works sinters 20 t of Baotou NdPr metal on 2025-07-10 and exports 50 t of the magnets to a motor assembly plant in Haiphong on 07-15. The plant\'s incoming inspection rejects 4 t whose nickel coating blistered in the salt-spray test; they come back under a customs return of exported goods and the works imports them on 08-20, with the composition they left with. It strips and re-plates them and delivers them on 09-02 to a Tianjin appliance-motor maker whose specification is less strict. It reports each month by the 7th.',
  expect: 'Nothing: a returned consignment of the works\' own export, re-imported as what it is and sold on at home.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const tj = tianjin(ctx);
    const metal = metalFromBaotou(ctx, tj.party, 20, 'r27-tj', at('2025-07-03'), at('2025-07-05'));
    const inputs = [{ lot: metal.lot, massGrams: metal.grams }];
    const out = sinterOutputs(feedOf(ctx, inputs), 'TJ-2507');
    const sinter = s.process(tj.party, 'snt-2507-01', at('2025-07-10'), inputs, out, { facility: tj.plant, note: 'strip casting, jet milling, pressing, sintering, grinding, nickel plating' });
    const magnets = out[0]!;
    const returnedGrams = tonnes(4);
    const returned = s.share(tj.party.lot(magnets.id), returnedGrams);
    w.record(tj.party, on('2025-08-07'), [
      metal.receipt,
      sinter,
      s.export(tj.party, 'exp-2507-vn', at('2025-07-15'), magnets.id, tonnes(50), 'VN', { customsDeclaration: '020220251000498830', note: 'sintered NdFeB magnets N42SH, nickel plated, HS 8505.11' }),
    ]);
    w.record(tj.party, on('2025-09-05'), [
      s.import(tj.party, 'imp-2508-ret', at('2025-08-20'), { id: 'TJ-2508-RET', product: 'magnet-ndfeb-sintered', massGrams: returnedGrams, composition: returned }, 'VN', '020120251000611094'),
    ]);
    w.record(tj.party, on('2025-10-09'), [
      deliver('dlv-2509-ret', at('2025-09-02'), 'TJ-2508-RET', returnedGrams, { name: '天津武清家电电机有限公司 (Tianjin Wuqing Appliance Motor Co.)', id: outsideCode('r27-tj-appliance', '120000') }, 'appliances', 'TJ-2025-0917', 'returned export, re-plated'),
    ]);
    return { world: w, find: {} };
  },
});
