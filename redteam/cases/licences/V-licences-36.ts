// Estimates (not in shared/DOMAIN.md): yttrium metal at 94 % of the oxide's yttrium; 98.5 % of the yttrium into the Mg–30Y master alloy.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mgYAlloy, yttriumMetal, yunchengWorks } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-licences-36',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Magnesium–yttrium master alloy exported to Germany without a dual-use licence, "a magnesium alloy, not a rare earth"',
  does: 'A magnesium alloy works in Wenxi, Yuncheng (Shanxi), registered as alloy maker and exporter, buys 3 t of yttrium metal from a Sanming metal works (made from the Changting heavy separator\'s Y2O3, received 2025-07-26) and melts it on 08-04 into some 9.8 t of Mg–30 % Y master alloy. On 08-18 it exports 9 t of the ingots to a German aerospace foundry with no export licence; the declaration reads "magnesium alloy ingots, HS 8104.19". Yttrium metals, alloys and compounds have needed a dual-use licence since 2025-04-04, whatever the alloy\'s base metal; the works holds none.',
  expect: 'An export of an yttrium alloy with no licence: the export event, the alloy lot and the alloy works.',
  build() {
    const ctx = baselineWorld();
    const { s } = ctx;
    honestMonth(ctx, '2025-06');
    const y = yttriumMetal(ctx);
    const works = yunchengWorks(ctx, ['alloy-maker', 'exporter']);
    const alloy = works.party.lot('MGY-2508-01');
    mgYAlloy(ctx, y, works, {
      after: () => [s.export(works.party, 'exp-2508-mgy', at('2025-08-18'), 'MGY-2508-01', tonnes(9), 'DE', { customsDeclaration: '140520250818002207', note: 'magnesium alloy ingots, HS 8104.19, 10 kg ingots on 20 pallets' })],
    });
    return {
      world: ctx.w,
      find: { parties: [works.party.id], lots: [alloy], events: [works.party.event('exp-2508-mgy')] },
    };
  },
});
