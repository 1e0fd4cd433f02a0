import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mianningMiner } from '../../lib/round22.ts';

export default defineCase({
  id: 'H-identity-46',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A Mianning bastnaesite concentrate at only 42.5 % REO from a clay-rich bench, sold at a grade discount',
  does: 'The Mianning miner\'s flotation circuit struggles with a weathered, clay-rich bench in the rainy season: its 2025-07-21 concentrate, 400 t, assays 42.5 % REO instead of the usual ~50 %, inside the 41.6–55.8 % range DOMAIN.md gives for Sichuan concentrates. It books it at the assayed grade and reports on 08-05.',
  expect: 'Nothing: a low but normal grade for the deposit, with the deposit\'s element mix, in quota.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const { miner, mine } = mianningMiner(ctx);
    // The typical (50 % REO) composition of 340 t spread over 400 t: 42.5 % REO.
    const composition = typical('concentrate-mianning', tonnes(340));
    w.record(miner, at('2025-08-05', '10:00'), [
      s.extract(miner, 'ext-2507-01', at('2025-07-21'), mine, { id: 'MN-2507-01', product: 'concentrate-mianning', massGrams: tonnes(400), composition }, 'weathered bench 3, assay 42.5 % REO'),
    ]);
    return { world: w, find: {} };
  },
});
