// Estimates (not in shared/DOMAIN.md): the catalogue's 0.1 % REO clay ore; 85 % heap-leach recovery; some 4 % of the heap's weight drained as water.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changtingSeparator, hezhouLeach, hezhouMine, hezhouTailingsSite } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-time-38',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A clay mine suspended from 1 July for ammonium in the river leaches through July and files the output on 6 August as a "June supplement"',
  does: 'The Hezhou (Guangxi) ion-adsorption miner\'s mining licence is suspended from 2025-07-01, after the ecology bureau finds ammonium nitrogen from its heaps in the He river. It reports June on 07-05 (50,000 t of clay dug on 06-02, leached on 06-06, its concentrate and tailings shipped in June). The heaps keep running through July. On 08-06 it files a "supplement to June": a second 50,000 t dug "on 06-26" and leached "on 06-29", whose 46 t of concentrate it ships to the Changting separator on 08-12 and whose tailings go to the county site on 08-08. The June deadline was 10 July; nothing of this second campaign was in the June report, and its concentrate and tailings first move in August.',
  expect: 'An extraction and a leach dated into a month already reported, first recorded four weeks after that month\'s deadline and after the licence was suspended: the two events, the concentrate lot and the miner.',
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
      s.ship(hz.party, 'shp-2506-hc', at('2025-06-10'), june.concentrate, june.concentrateGrams, ct.party, undefined, 'bulk bags, by road to Changting'),
      s.ship(hz.party, 'shp-2506-ht', at('2025-06-08'), june.tailings, june.tailingsGrams, site.party, undefined, 'dump trucks, 5 km'),
    ]);
    w.record(ct.party, at('2025-07-06', '10:00'), [s.receive(ct.party, 'rcv-2506-hc', at('2025-06-12'), hz.party.lot(june.concentrate), june.concentrateGrams)]);
    w.record(site.party, at('2025-07-07', '10:00'), [
      s.receive(site.party, 'rcv-2506-ht', at('2025-06-11'), hz.party.lot(june.tailings), june.tailingsGrams),
      s.dispose(site.party, 'dsp-2506-ht', at('2025-06-12'), hz.party.lot(june.tailings), june.tailingsGrams, 'tailings-storage', site.site),
    ]);
    const late = hezhouLeach(ctx, hz, '2506B', 50_000, at('2025-06-26'), at('2025-06-29'));
    w.record(hz.party, at('2025-08-06', '10:00'), late.events);
    w.record(hz.party, at('2025-09-05', '10:00'), [
      s.ship(hz.party, 'shp-2508-ht', at('2025-08-08'), late.tailings, late.tailingsGrams, site.party, undefined, 'dump trucks, 5 km'),
      s.ship(hz.party, 'shp-2508-hc', at('2025-08-12'), late.concentrate, late.concentrateGrams, ct.party, undefined, 'bulk bags, by road to Changting'),
    ]);
    w.record(ct.party, at('2025-09-06', '10:00'), [s.receive(ct.party, 'rcv-2508-hc', at('2025-08-14'), hz.party.lot(late.concentrate), late.concentrateGrams)]);
    w.record(site.party, at('2025-09-07', '10:00'), [
      s.receive(site.party, 'rcv-2508-ht', at('2025-08-11'), hz.party.lot(late.tailings), late.tailingsGrams),
      s.dispose(site.party, 'dsp-2508-ht', at('2025-08-12'), hz.party.lot(late.tailings), late.tailingsGrams, 'tailings-storage', site.site),
    ]);
    return {
      world: w,
      find: { parties: [hz.party.id], lots: [hz.party.lot(late.concentrate), late.ore], events: [hz.party.event('ext-2506B'), hz.party.event('lch-2506B')] },
    };
  },
});
