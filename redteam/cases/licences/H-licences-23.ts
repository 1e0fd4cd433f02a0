// Estimates (not in shared/DOMAIN.md): the catalogue's monazite grade (60 % REO); caustic cracking at 96 % with 0.3 t of residue a tonne (rounds 20 and 23); the Xijiang group's rock-ore mining quota and its 300 t REO allocation are fictional.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { filed, hainan, monaziteLot, wuzhouCracks, xijiang } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-licences-23',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Hainan zircon-sand company recovers monazite concentrate under a rare earth mining licence of its own and a 300 t REO rock-ore allocation from its group',
  does: 'A Wenchang (Hainan) zircon–titanium sand company joined the Xijiang rare earth group, which designated it for the monazite its dry mill separates from the heavy-mineral concentrate: it holds a rare earth mining licence for monazite concentrate, its mill is on the group\'s published list, and the group allocates it 300 t REO of rock-ore mining a year. On 2025-07-03 it books 150 t of monazite concentrate (about 90 t REO) and on 07-08 ships it to the group\'s Wuzhou separator, which cracks it on 07-20 under its separation allocation and sends the thorium-bearing residue to the licensed Wuzhou store.',
  expect: 'Nothing: a by-product mineral recovered by a designated, licensed and listed producer inside its allocation, separated by a licensed separator, its residue stored under licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xj = xijiang(ctx);
    const hn = hainan(ctx, { licensed: true });
    const lot = monaziteLot('MZ-2507-01', 150);
    w.record(hn.party, filed('2025-08-05'), [
      s.extract(hn.party, 'ext-2507-mz', at('2025-07-03'), hn.mine, lot, 'monazite fraction of the dry mill (magnetic and electrostatic separation of the heavy-mineral concentrate)'),
      s.ship(hn.party, 'shp-2507-mz', at('2025-07-08'), lot.id, lot.massGrams, xj.wuzhou, undefined, 'bagged, by sea Haikou–Beihai and by road to Wuzhou'),
    ]);
    wuzhouCracks(ctx, xj, '2507-mz', hn.party.lot(lot.id), lot.massGrams,
      { receive: at('2025-07-12'), crack: at('2025-07-20'), residueShip: at('2025-07-23'), storeReceive: at('2025-07-24'), storePlace: at('2025-07-26') }, filed('2025-08-06'), filed('2025-08-07'));
    return { world: w, find: {} };
  },
});
