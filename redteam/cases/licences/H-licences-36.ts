// Estimates (not in shared/DOMAIN.md): yttrium metal at 94 % of the oxide's yttrium; 98.5 % of the yttrium into the Mg–30Y master alloy.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mgYAlloy, yttriumMetal, yunchengWorks } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-licences-36',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Magnesium–yttrium master alloy exported to Germany under the alloy works\' own dual-use licence',
  does: 'A magnesium alloy works in Wenxi, Yuncheng (Shanxi) buys 3 t of yttrium metal from a Sanming metal works (made from the Changting heavy separator\'s Y2O3, received 2025-07-26) and melts it on 08-04 into some 9.8 t of Mg–30 % Y master alloy. MOFCOM has granted the works a dual-use export licence for Mg–Y master alloy (yttrium, up to 5 t REO, 2025-07-01 to 2026-06-30). On 08-18 it exports 9 t of the ingots, about 3.4 t REO, to a German aerospace foundry citing the licence.',
  expect: 'Nothing: a controlled yttrium alloy exported by the licence holder inside its scope, quantity and dates.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const y = yttriumMetal(ctx);
    const works = yunchengWorks(ctx, ['alloy-maker', 'exporter']);
    const licence = w.licence({ id: 'RT24-EXP-WX-2025', party: works.party.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5, scope: { products: ['alloy-mg-y'], elements: ['Y'] } });
    mgYAlloy(ctx, y, works, {
      after: () => [s.export(works.party, 'exp-2508-mgy', at('2025-08-18'), 'MGY-2508-01', tonnes(9), 'DE', { licence, customsDeclaration: '140520250818002207', note: 'Mg–30Y master alloy, 10 kg ingots on 20 pallets' })],
    });
    return { world: w, find: {} };
  },
});
