import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, reo, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain, mineIonic } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-41',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Unseparated ionic concentrate sold to a glassworks as lanthanum–cerium polishing powder',
  does: 'The Longnan separator receives 100 t of Xunwu light ionic concentrate (92 % REO mixed oxide) on 2025-07-13. It separates 70 t on 07-20. The other 30 t it puts through its calciner on 07-22 with a little ammonium fluoride and books as 31 t of "lanthanum–cerium polishing powder", and on 07-28 delivers it to a glassworks in Qingyuan, Guangdong, as a final sale. The "powder" has the concentrate\'s rare earths unchanged: lanthanum 42 % of the REO but cerium only 6 %, neodymium 31 %, praseodymium 8.5 %, samarium, yttrium and dysprosium, a mix no polishing powder has. The "glassworks" passes it on to an unlicensed separator.',
  expect: 'A mineral concentrate leaving the chain under a material\'s name: its composition is the ionic concentrate\'s, not a La–Ce powder\'s, and it was "made" from concentrate without separation; the calcining, the powder lot, the delivery and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const { lot, massGrams } = mineIonic(ctx, south, '2025-07', '2507');
    const separated = tonnes(70);
    const diverted = massGrams - separated;
    const receipt = s.receive(south.southSeparator, 'rcv-2507-ic', at('2025-07-13'), lot, massGrams);
    const plan = separate(s.share(lot, separated), 'LN-2507-IC', { recovery: 0.95 });
    const separation = s.process(south.southSeparator, 'sep-2507-ic', at('2025-07-20'), [{ lot, massGrams: separated }], plan.outputs, { facility: south.southPlant });
    const powderComposition = s.share(lot, diverted);
    const powder = { id: 'LN-2507-PP', product: 'polishing-lace', massGrams: Math.ceil(reo(powderComposition) / 0.89), composition: powderComposition };
    const customer = { name: '清远市新瑞光学玻璃有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '441802', orgBody8: 'XRGX0728' }) };
    const deliver: DeliverEvent = { id: 'dlv-2507-pp', kind: 'deliver', time: at('2025-07-28'), lot: powder.id, massGrams: powder.massGrams, customer, sector: 'glass-and-ceramics', contract: 'XR-2507-PP-01' };
    w.record(south.southSeparator, at('2025-08-06', '11:00'), [
      receipt,
      separation,
      s.process(south.southSeparator, 'pp-2507-01', at('2025-07-22'), [{ lot, massGrams: diverted }], [powder], { facility: south.southPlant, note: 'calcined with NH4F, milled: La–Ce polishing powder' }),
      deliver,
    ]);
    return {
      world: w,
      find: {
        events: [south.southSeparator.event('pp-2507-01'), south.southSeparator.event('dlv-2507-pp')],
        lots: [south.southSeparator.lot(powder.id)],
        parties: [south.southSeparator.id],
      },
    };
  },
});
