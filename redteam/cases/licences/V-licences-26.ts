// Estimates (not in shared/DOMAIN.md): monazite concentrate at 60 % REO (the catalogue's); 0.3 t of
// caustic-crack residue per t of monazite; 95 % separation recovery.
import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { hainan, jiujiang, monaziteToJiujiang } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-licences-26',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Wenchang zircon sands dresser sells 120 t of monazite off its tables to a Jiujiang separator, with no rare earth mining licence and no quota',
  does: 'A Wenchang (Hainan) company dresses heavy-mineral beach sands for zircon and ilmenite under its provincial mining permit for those minerals. Its wet tables and high-tension separators also throw off monazite, which it has always sold. It is registered in the traceability system as a miner, with its dressing works, but it holds no rare earth mining licence, its works is on no group\'s list of mines, and no group has allocated it any mining quota. On 2025-07-05 it books 120 t of monazite concentrate (72 t REO) as extracted, and on 07-10 ships it by coaster to a Jiujiang separator of the southern group, which cracks it on 07-26 within its own rock-ore allocation and sends the thorium-bearing residue to a licensed Jiangxi store. Everyone reports on time.',
  expect: 'Rare earth mining without a mining licence or a quota, however it came about: the extraction, the monazite lot and the sands company.',
  build() {
    const ctx = baselineWorld();
    honestMonth(ctx, '2025-06');
    const hn = hainan(ctx, false);
    const jj = jiujiang(ctx);
    const run = monaziteToJiujiang(ctx, hn, jj);
    return {
      world: ctx.w,
      find: { parties: [hn.party.id], lots: [run.lot], events: [hn.party.event(run.extract)] },
    };
  },
});
