import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { customerCode, deliver } from '../../lib/round8.ts';
import { ab5Chain } from '../../lib/round13.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-66',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'An AB5 battery-alloy works triples the mass of its mischmetal with nickel and cobalt; its rare earths balance',
  does: 'The Baotou metal smelter reduces 8 t of lanthanum oxide and 15 t of cerium oxide bought from the separator (07-04) into La–Ce mischmetal on 07-08 and ships 18 t to a Baotou hydrogen-storage alloy works (07-12, received 07-13). On 07-20 the works melts the mischmetal with nickel, cobalt, manganese and aluminium into about 54 t of AB5 alloy (MmNi3.55Co0.75Mn0.4Al0.3, 33 % rare earths), 99.5 % of the rare earths into the alloy and 0.5 % to dross and oxidation (estimate). On 07-28 it delivers 50 t to a Jiangmen NiMH battery maker. Everyone reports July by 8 August.',
  expect: 'Nothing: the lot\'s mass triples with metals the ledger does not track, while every rare earth element out is at or below what came in, with a small melt loss.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = ab5Chain(ctx);
    w.record(chain.works, at('2025-08-08', '11:00'), [
      deliver('dlv-2507-ab5', at('2025-07-28'), 'AB5-2507-01', tonnes(50), { name: '江门科恒电池材料有限公司 (Jiangmen NiMH battery maker)', id: customerCode('JMNH2507', '440700') }, 'batteries', 'JM-2025-0702'),
    ]);
    return { world: w, find: {} };
  },
});
