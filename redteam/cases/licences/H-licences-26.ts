// Estimates (not in shared/DOMAIN.md): monazite concentrate at 60 % REO (the catalogue's); 0.3 t of
// caustic-crack residue per t of monazite; 95 % separation recovery; the licence and allocation figures.
import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { hainan, jiujiang, monaziteToJiujiang } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-licences-26',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Wenchang zircon sands dresser of the southern group recovers monazite under a rare earth mining licence and a 150 t REO allocation, and sells it to a Jiujiang separator',
  does: 'A Wenchang (Hainan) heavy-mineral sands company dresses beach sands for zircon and ilmenite. Since 2025 it has been a member of the southern group and holds a rare earth mining licence for the monazite its tables recover (250 t REO a year, scope: monazite concentrate); its dressing works is on the group\'s published list of mines, and the group has allocated it 150 t REO of its rock-ore mining quota for 2025. On 07-05 it books 120 t of monazite concentrate (72 t REO) and on 07-10 ships it by coaster to a Jiujiang separator of the group, which cracks it on 07-26 on its rock-ore separation allocation and sends the thorium-bearing residue to the licensed Jiangxi store. Everyone reports on time.',
  expect: 'Nothing: monazite recovered as a by-product is mined rare earth, and this company mines it under a licence whose scope covers it, on a listed site, inside its allocation.',
  build() {
    const ctx = baselineWorld();
    honestMonth(ctx, '2025-06');
    const hn = hainan(ctx, true);
    const jj = jiujiang(ctx);
    monaziteToJiujiang(ctx, hn, jj);
    return { world: ctx.w, find: {} };
  },
});
