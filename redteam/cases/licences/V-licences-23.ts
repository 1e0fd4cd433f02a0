// Estimates (not in shared/DOMAIN.md): the catalogue's monazite grade (60 % REO); caustic cracking at 96 % with 0.3 t of residue a tonne (rounds 20 and 23).
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { filed, hainan, monaziteLot, wuzhouCracks, xijiang } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-licences-23',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Hainan zircon-sand company recovers 150 t of monazite concentrate in its dry mill and sells it to a Wuzhou separator, with no rare earth mining licence and no quota',
  does: 'A Wenchang (Hainan) company dredges zircon–titanium placer sand under its provincial mining permit. Its dry mill separates the heavy-mineral concentrate magnetically, and since the spring it has kept the monazite fraction instead of returning it to the tailings: on 2025-07-03 it books 150 t of monazite concentrate (about 90 t REO) at its mill and on 07-08 ships it to the Wuzhou separator of the Xijiang group, which cracks it on 07-20 and sends the thorium-bearing residue to the licensed Wuzhou store. The company holds no rare earth mining licence, is not a designated enterprise, has no mining allocation from any group, and its mill is on no group\'s published list of mines.',
  expect: 'Rare earth mineral product extracted by a company with no mining licence or quota: the extraction, its lot and the company.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xj = xijiang(ctx);
    const hn = hainan(ctx, { licensed: false });
    const lot = monaziteLot('MZ-2507-01', 150);
    w.record(hn.party, filed('2025-08-05'), [
      s.extract(hn.party, 'ext-2507-mz', at('2025-07-03'), hn.mine, lot, 'monazite fraction of the dry mill (magnetic and electrostatic separation of the heavy-mineral concentrate)'),
      s.ship(hn.party, 'shp-2507-mz', at('2025-07-08'), lot.id, lot.massGrams, xj.wuzhou, undefined, 'bagged, by sea Haikou–Beihai and by road to Wuzhou'),
    ]);
    wuzhouCracks(ctx, xj, '2507-mz', hn.party.lot(lot.id), lot.massGrams,
      { receive: at('2025-07-12'), crack: at('2025-07-20'), residueShip: at('2025-07-23'), storeReceive: at('2025-07-24'), storePlace: at('2025-07-26') }, filed('2025-08-06'), filed('2025-08-07'));
    return {
      world: w,
      find: { parties: [hn.party.id], lots: [hn.party.lot(lot.id)], events: [hn.party.event('ext-2507-mz')] },
    };
  },
});
