// Estimates (not in shared/DOMAIN.md): the catalogue's 0.1 % REO clay ore; 85 % heap-leach recovery; some 4 % of the heap's weight drained as water.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changtingSeparator, hezhouLeach, hezhouMine, hezhouTailingsSite } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-time-38',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A clay mine suspended from 1 July reports its June leach on 5 July and ships June\'s concentrate on the 8th',
  does: 'The Hezhou (Guangxi) ion-adsorption miner\'s mining licence is suspended from 2025-07-01, after the ecology bureau finds ammonium nitrogen in the He river; the heaps are drained and capped that week. Its June campaign, 50,000 t of clay dug on 06-02 and leached on 06-06, was finished before the suspension: the tailings went to the county site in June, and the 46 t of concentrate in its store go to the Changting separator on 07-08 (received 07-10). It reports June on 07-05 and July, with the shipment only, on 08-05.',
  expect: 'Nothing: the mining was done under a licence in force, reported on time; selling stock already mined is not mining, and the suspension stops the mining, not the sale.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const hz = hezhouMine(ctx);
    w.amendLicence(hz.licence, { status: 'suspended', since: '2025-07-01T00:00:00+08:00' });
    const ct = changtingSeparator(ctx);
    const site = hezhouTailingsSite(ctx);
    const june = hezhouLeach(ctx, hz, '2506', 50_000, at('2025-06-02'), at('2025-06-06'));
    w.record(hz.party, at('2025-07-05', '10:00'), [
      ...june.events,
      s.ship(hz.party, 'shp-2506-ht', at('2025-06-08'), june.tailings, june.tailingsGrams, site.party, undefined, 'dump trucks, 5 km'),
    ]);
    w.record(site.party, at('2025-07-07', '10:00'), [
      s.receive(site.party, 'rcv-2506-ht', at('2025-06-11'), hz.party.lot(june.tailings), june.tailingsGrams),
      s.dispose(site.party, 'dsp-2506-ht', at('2025-06-12'), hz.party.lot(june.tailings), june.tailingsGrams, 'tailings-storage', site.site),
    ]);
    w.record(hz.party, at('2025-08-05', '10:00'), [
      s.ship(hz.party, 'shp-2507-hc', at('2025-07-08'), june.concentrate, june.concentrateGrams, ct.party, undefined, 'bulk bags, by road to Changting'),
    ]);
    w.record(ct.party, at('2025-08-06', '10:00'), [s.receive(ct.party, 'rcv-2507-hc', at('2025-07-10'), hz.party.lot(june.concentrate), june.concentrateGrams)]);
    return { world: w, find: {} };
  },
});
