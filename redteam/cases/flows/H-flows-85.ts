// Estimates (not in DOMAIN.md): Ruili–Longnan road distance (round15.ts).
import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { myanmarFeedToLongnan } from '../../lib/round15.ts';

export default defineCase({
  id: 'H-flows-85',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Myanmar clay concentrate imported through Ruili by a Ganzhou import agent and trucked to the Longnan separator the next day',
  does: 'A Ganzhou trading company registered as an importer clears 80 t of Myanmar high-yttrium ionic concentrate at Ruili customs on 07-02 (declaration 8601…), and ships it whole to the Longnan separator on 07-03; the separator receives it on 07-05 and separates it on 07-10, declaring it to its group as imported ore. Agents that clear the border and hand on the same cargo within days are how most Myanmar feed reaches Jiangxi.',
  expect: 'Nothing: a declared import by a registered importer, sold whole to a licensed separator that reports it as imported ore.',
  build() {
    const ctx = baselineWorld();
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const agent = ctx.w.party('ganzhou-importer', { kind: 'enterprise', roles: ['trader', 'importer'], nameZh: '赣州中缅矿产进出口有限公司', nameEn: 'Ganzhou Sino-Myanmar Minerals Import & Export Co.', region: '360700' });
    myanmarFeedToLongnan(ctx, south, agent, { customsDeclaration: '860120250700031745' });
    return { world: ctx.w, find: {} };
  },
});
