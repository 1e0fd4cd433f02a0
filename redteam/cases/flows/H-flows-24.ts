// Estimates (not in shared/DOMAIN.md): a commercial Pr/Nd split (98.5 % of the Pr to Pr6O11); praseodymium–zircon yellow is a standard ceramic stain.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { deliver } from '../../lib/round8.ts';
import { filed, prNdSplit } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-flows-24',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Praseodymium oxide bought from the Baotou separator by the Beijing trader and delivered in two loads to a Jingdezhen maker of praseodymium-yellow ceramic stains',
  does: 'On 2025-07-08 the Baotou separator splits 20 t of June NdPr oxide into Pr6O11 and Nd2O3 and sells 3 t of the praseodymium oxide to the Beijing trader (shipped 07-12, received 07-14). The trader delivers 2 t on 07-20 and 1 t on 08-05 to a Jingdezhen (Jiangxi) ceramic-stain maker, named with its credit code, which calcines it with zirconia and silica into praseodymium–zircon yellow for tiles and porcelain. The oxide leaves the traced chain at a final user outside it.',
  expect: 'Nothing: a magnet-metal-grade oxide delivered to a glass-and-ceramics user, but praseodymium oxide, which that trade really uses, on a real customer\'s credit code.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const split = prNdSplit(ctx, at('2025-07-08'));
    const grams = tonnes(3);
    w.record(r.separator, filed('2025-08-06', '11:00'), [
      split.event,
      s.ship(r.separator, 'shp-2507-prbj', at('2025-07-12'), split.pr, grams, r.trader, `${split.pr}-BJ`, 'Pr6O11 99.5 %, 500 kg bags'),
    ]);
    const lot = r.separator.lot(`${split.pr}-BJ`);
    const customer = { name: '景德镇市昌南陶瓷色料有限公司 (Jingdezhen Changnan Ceramic Stains Co.)', id: outsideCode('r25-jdz-stains', '360200') };
    w.record(r.trader, filed('2025-08-07'), [
      s.receive(r.trader, 'rcv-2507-pr', at('2025-07-14'), lot, grams),
      deliver('dlv-2507-pr1', at('2025-07-20'), lot, tonnes(2), customer, 'glass-and-ceramics', 'CN-2507-019'),
    ]);
    w.record(r.trader, filed('2025-09-05'), [deliver('dlv-2508-pr2', at('2025-08-05'), lot, tonnes(1), customer, 'glass-and-ceramics', 'CN-2507-019')]);
    return { world: w, find: {} };
  },
});
