// Estimates (not in shared/DOMAIN.md): the catalogue's 0.1 % REO clay ore; 85 % heap-leach recovery; some 4 % of the heap's weight drained as water.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changtingSeparator, firm, hezhouLeach, hezhouMine, hezhouTailingsSite } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-residues-37',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Thirty thousand tonnes of ammonium-laden leached clay sold to a Hezhou concrete plant as building sand',
  does: 'A Hezhou (Guangxi) ion-adsorption miner digs 50,000 t of medium-yttrium clay on 2025-07-02 and heap-leaches it with ammonium sulphate on 07-06: 46 t of concentrate, which goes to the Changting separator, and some 48,000 t of leached clay. It sends 18,000 t of the clay to the county\'s licensed tailings site and sells the other 30,000 t, on 07-09, to a ready-mix concrete plant in Babu district registered as an end user, as "washed granite sand". Leach tailings carry ammonium and residual rare earths and must go to licensed tailings storage; this clay ends in concrete and in the river that washes the sand pile.',
  expect: 'Leach tailings handed to a concrete plant instead of licensed tailings storage: the shipment, the tailings lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const hz = hezhouMine(ctx);
    const ct = changtingSeparator(ctx);
    const site = hezhouTailingsSite(ctx);
    const concrete = firm(ctx, 'r24-hz-concrete', ['end-user'], '贺州八步华建商品混凝土有限公司', 'Hezhou Babu Huajian Ready-Mix Concrete Co.', '451100');
    const leach = hezhouLeach(ctx, hz, '2507', 50_000, at('2025-07-02'), at('2025-07-06'));
    const sold = tonnes(30_000);
    const stored = leach.tailingsGrams - sold;
    w.record(hz.party, at('2025-08-05', '10:00'), [
      ...leach.events,
      s.ship(hz.party, 'shp-2507-hc', at('2025-07-08'), leach.concentrate, leach.concentrateGrams, ct.party, undefined, 'bulk bags, by road to Changting'),
      s.ship(hz.party, 'shp-2507-sand', at('2025-07-09'), leach.tailings, sold, concrete, 'HT-2507-SAND', 'washed granite sand, 35 t tippers'),
      s.ship(hz.party, 'shp-2507-ht', at('2025-07-10'), leach.tailings, stored, site.party, 'HT-2507-SITE', 'dump trucks, 5 km'),
    ]);
    w.record(ct.party, at('2025-08-06', '10:00'), [s.receive(ct.party, 'rcv-2507-hc', at('2025-07-10'), hz.party.lot(leach.concentrate), leach.concentrateGrams)]);
    w.record(concrete, at('2025-08-06', '11:00'), [s.receive(concrete, 'rcv-2507-sand', at('2025-07-12'), hz.party.lot('HT-2507-SAND'), sold)]);
    w.record(site.party, at('2025-08-07', '10:00'), [
      s.receive(site.party, 'rcv-2507-ht', at('2025-07-12'), hz.party.lot('HT-2507-SITE'), stored),
      s.dispose(site.party, 'dsp-2507-ht', at('2025-07-13'), hz.party.lot('HT-2507-SITE'), stored, 'tailings-storage', site.site),
    ]);
    return {
      world: w,
      find: { parties: [hz.party.id], lots: [hz.party.lot('HT-2507-SAND'), hz.party.lot(leach.tailings)], events: [hz.party.event('shp-2507-sand')] },
    };
  },
});
