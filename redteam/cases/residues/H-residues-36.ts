// Estimates (not in shared/DOMAIN.md): the catalogue's 0.1 % REO clay ore; 85 % heap-leach recovery; some 4 % of the heap's weight drained as water.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changtingSeparator, hezhouLeach, hezhouMine, hezhouTailingsSite } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-residues-36',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Hezhou heap leach sends all 48,000 t of its leached clay to the county\'s licensed tailings site over four days',
  does: 'A Hezhou (Guangxi) ion-adsorption miner digs 50,000 t of medium-yttrium clay on 2025-07-02 and heap-leaches it with ammonium sulphate on 07-06: 46 t of concentrate for the Changting separator, and some 48,000 t of leached clay still carrying a seventh of the rare earths. The clay goes by dump truck to the Babu district tailings site, licensed for ionic leach tailings and run by a reclamation company, between 07-08 and 07-11; the site books it received on 07-11 and placed in its lined, drained cell on 07-12. The tonnage is a thousand times the product\'s.',
  expect: 'Nothing: leach tailings carrying what the leach left, all of it placed by a disposer licensed for them within a week.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const hz = hezhouMine(ctx);
    const ct = changtingSeparator(ctx);
    const site = hezhouTailingsSite(ctx);
    const leach = hezhouLeach(ctx, hz, '2507', 50_000, at('2025-07-02'), at('2025-07-06'));
    w.record(hz.party, at('2025-08-05', '10:00'), [
      ...leach.events,
      s.ship(hz.party, 'shp-2507-hc', at('2025-07-08'), leach.concentrate, leach.concentrateGrams, ct.party, undefined, 'bulk bags, by road to Changting'),
      s.ship(hz.party, 'shp-2507-ht', at('2025-07-08'), leach.tailings, leach.tailingsGrams, site.party, undefined, 'dump trucks, 5 km, 07-08 to 07-11'),
    ]);
    w.record(ct.party, at('2025-08-06', '10:00'), [s.receive(ct.party, 'rcv-2507-hc', at('2025-07-10'), hz.party.lot(leach.concentrate), leach.concentrateGrams)]);
    const tailings = hz.party.lot(leach.tailings);
    w.record(site.party, at('2025-08-07', '10:00'), [
      s.receive(site.party, 'rcv-2507-ht', at('2025-07-11', '18:00'), tailings, leach.tailingsGrams),
      s.dispose(site.party, 'dsp-2507-ht', at('2025-07-12'), tailings, leach.tailingsGrams, 'tailings-storage', site.site),
    ]);
    return { world: w, find: {} };
  },
});
