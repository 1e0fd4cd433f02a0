// Estimates (not in shared/DOMAIN.md): yttrium metal at 94 % of the oxide's yttrium, 4 % to the calcium fluoride slag; 98.5 % of the yttrium into the Mg–30Y master alloy, the rest to dross and skull.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { deliver } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mgYAlloy, outsideCode, yttriumMetal, yunchengWorks } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-conservation-36',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Three tonnes of yttrium metal become ten tonnes of magnesium–yttrium master alloy at a Yuncheng works',
  does: 'The Changting heavy separator sells 8 t of Y2O3 from its July 2025 run to a Sanming metal works, which reduces it on 07-20 (fluorination, calcium reduction): 94 % of the yttrium to 5.9 t of metal, 4 % to the calcium fluoride slag it keeps for a recycler. The works sells 3 t of the metal to a magnesium alloy works in Wenxi, Yuncheng (Shanxi), received 07-26. On 08-04 Wenxi dissolves it in molten magnesium into Mg–30 % Y master alloy: the lot weighs over three times the yttrium it was made from, and 1.5 % of the yttrium goes to oxide dross and skull, as the campaign note says. It delivers 9 t of the ingots to a Taiyuan aerospace magnesium foundry on 08-20.',
  expect: 'Nothing: the alloy\'s weight is magnesium the ledger does not follow; its yttrium is what the metal held less an ordinary melting loss.',
  build() {
    const ctx = baselineWorld();
    honestMonth(ctx, '2025-06');
    const y = yttriumMetal(ctx);
    const works = yunchengWorks(ctx);
    mgYAlloy(ctx, y, works, {
      after: () => [deliver('dlv-2508-mgy', at('2025-08-20'), 'MGY-2508-01', tonnes(9), { name: '太原晋航镁合金精密铸造有限公司 (Taiyuan Jinhang Magnesium Precision Castings Co.)', id: outsideCode('r24-ty-foundry', '140100') }, 'metallurgy', 'WX-2508-031')],
    });
    return { world: ctx.w, find: {} };
  },
});
