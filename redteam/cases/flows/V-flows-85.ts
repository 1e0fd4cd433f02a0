// Estimates (not in DOMAIN.md): Ruili–Longnan road distance (round15.ts).
import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { myanmarFeedToLongnan } from '../../lib/round15.ts';

export default defineCase({
  id: 'V-flows-85',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Myanmar clay concentrate "imported" by a Beijing trading company with no customs declaration and trucked to Longnan the next day',
  does: 'Smugglers bring 80 t of high-yttrium clay concentrate over the Ruili border on mountain tracks. The Beijing trader, which holds no import registration and has no office in Yunnan, books it as an import from Myanmar on 07-02 with no customs declaration number and ships it whole to the Longnan separator on 07-03; the separator receives it on 07-05 and separates it on 07-10 into single oxides, declaring it to its group as imported ore.',
  expect: 'An import with no declaration, by a party that is no importer, passed straight to a separator: the import, the lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const { feed, importId } = myanmarFeedToLongnan(ctx, south, r.trader, { note: 'two trucks, Ruili to Longnan' });
    return { world: ctx.w, find: { events: [importId], lots: [feed], parties: [r.trader.id] } };
  },
});
