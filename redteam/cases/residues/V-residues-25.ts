// Estimates (not in shared/DOMAIN.md): the catalogue's monazite grade (60 % REO); caustic cracking at 96 % with 0.3 t of residue a tonne (rounds 20 and 23).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { filed, hainan, monaziteLot, wuzhouCracks, xijiang } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-residues-25',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Hainan zircon-sand company "returns 150 t of off-grade monazite middlings to the dredge pond", a thorium-bearing concentrate at 60 % REO',
  does: 'The licensed Wenchang (Hainan) zircon-sand company books 300 t of monazite concentrate on 2025-07-03, its mill\'s output measured against the zircon it sells. It ships 120 t to the Wuzhou separator on 07-08, and on 07-10 books 150 t of the same lot as "off-grade monazite middlings returned to the dredge pond", disposed of as tailings at its own mine. The lot is the concentrate the mill made, at 60 % REO and radioactive; the mine has no disposal licence and its dredge pond is no licensed store. The 150 t went by night to an unlicensed Guangdong cracking plant that pays cash.',
  expect: 'A radioactive rare earth concentrate disposed of at a mine with no licence for it, as tailings it is not: the disposal, the lot and the company.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xj = xijiang(ctx);
    const hn = hainan(ctx, { licensed: true });
    const lot = monaziteLot('MZ-2507-01', 300);
    const toWuzhou = tonnes(120);
    w.record(hn.party, filed('2025-08-05'), [
      s.extract(hn.party, 'ext-2507-mz', at('2025-07-03'), hn.mine, lot, 'monazite fraction of the dry mill'),
      s.ship(hn.party, 'shp-2507-mz', at('2025-07-08'), lot.id, toWuzhou, xj.wuzhou, 'MZ-2507-01-WZ', 'bagged, by sea Haikou–Beihai and by road to Wuzhou'),
      s.dispose(hn.party, 'dsp-2507-mz', at('2025-07-10'), lot.id, tonnes(150), 'tailings-storage', hn.mine),
    ]);
    wuzhouCracks(ctx, xj, '2507-mz', hn.party.lot('MZ-2507-01-WZ'), toWuzhou,
      { receive: at('2025-07-12'), crack: at('2025-07-20'), residueShip: at('2025-07-23'), storeReceive: at('2025-07-24'), storePlace: at('2025-07-26') }, filed('2025-08-06'), filed('2025-08-07'));
    return {
      world: w,
      find: { parties: [hn.party.id], lots: [hn.party.lot(lot.id)], events: [hn.party.event('dsp-2507-mz')] },
    };
  },
});
