// Estimates (not in shared/DOMAIN.md): the catalogue's monazite grade (60 % REO) and distribution; middlings at 14 % REO; caustic cracking at 96 % with 0.3 t of residue a tonne (rounds 20 and 23).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { fromAssay } from '../../lib/round8.ts';
import { filed, hainan, monaziteLot, wuzhouCracks, xijiang } from '../../lib/round25.ts';

const MONAZITE_SHARES = { La: 23.0, Ce: 46.0, Pr: 5.0, Nd: 18.0, Sm: 3.0, Eu: 0.1, Gd: 1.8, Tb: 0.3, Dy: 0.7, Er: 0.1, Y: 2.0 };

export default defineCase({
  id: 'H-residues-25',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Hainan zircon-sand company sends 30 t of off-grade monazite middlings to the licensed Wuzhou radioactive store instead of back to its dredge pond',
  does: 'The licensed Wenchang (Hainan) zircon-sand company books, on 2025-07-03, 200 t of monazite concentrate and 30 t of middlings from the electrostatic separators that are too poor (14 % REO, mostly zircon and ilmenite with monazite grains) for any separator to buy. Being radioactive, the middlings may not go back to the sand: on 07-09 it ships them to the Wuzhou radioactive residue store, whose licence covers monazite material, which receives them on 07-12 and places them on 07-14. The 200 t of concentrate go to the Wuzhou separator, which cracks them and sends the residue to the same store.',
  expect: 'Nothing: a low-grade, thorium-bearing by-product disposed of at a store licensed for it, both its shipment and its placement recorded.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xj = xijiang(ctx, { storeProducts: ['slag-monazite-residue', 'slag-water-leach-residue', 'concentrate-monazite'] });
    const hn = hainan(ctx, { licensed: true });
    const lot = monaziteLot('MZ-2507-01', 200);
    const middlingsGrams = tonnes(30);
    const middlings = monaziteLot('MZ-2507-MID', 30, fromAssay(middlingsGrams, 0.14, MONAZITE_SHARES));
    w.record(hn.party, filed('2025-08-05'), [
      s.extract(hn.party, 'ext-2507-mz', at('2025-07-03'), hn.mine, lot, 'monazite fraction of the dry mill'),
      s.extract(hn.party, 'ext-2507-mid', at('2025-07-03', '09:00'), hn.mine, middlings, 'electrostatic middlings, 14 % REO, zircon and ilmenite with monazite grains'),
      s.ship(hn.party, 'shp-2507-mz', at('2025-07-08'), lot.id, lot.massGrams, xj.wuzhou, undefined, 'bagged, by sea Haikou–Beihai and by road to Wuzhou'),
      s.ship(hn.party, 'shp-2507-mid', at('2025-07-09'), middlings.id, middlingsGrams, xj.store, undefined, 'sealed drums, licensed radioactive-goods trucks'),
    ]);
    w.record(xj.store, filed('2025-08-07', '09:00'), [
      s.receive(xj.store, 'rcv-2507-mid', at('2025-07-12'), hn.party.lot(middlings.id), middlingsGrams),
      s.dispose(xj.store, 'dsp-2507-mid', at('2025-07-14'), hn.party.lot(middlings.id), middlingsGrams, 'radioactive-waste-storage', xj.storeSite),
    ]);
    wuzhouCracks(ctx, xj, '2507-mz', hn.party.lot(lot.id), lot.massGrams,
      { receive: at('2025-07-12'), crack: at('2025-07-20'), residueShip: at('2025-07-23'), storeReceive: at('2025-07-24'), storePlace: at('2025-07-26') }, filed('2025-08-06'), filed('2025-08-07'));
    return { world: w, find: {} };
  },
});
