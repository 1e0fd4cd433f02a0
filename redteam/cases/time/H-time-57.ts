import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { leachScrap } from '../../lib/round20.ts';
import { juneWorld, sinterJune, storeLandfills } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-time-57',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Swarf kept at the magnet works through the recycler\'s licence gap, shipped at 08:00 on the renewal\'s first day',
  does: 'The Ganzhou recycler\'s licence runs to 2025-06-30 and its renewal takes effect on 08-01; it takes in and treats nothing in July. The Ningbo magnet maker sinters its June metal on 07-03 and keeps the drummed grinding swarf in its own yard until 08-01, when it ships it at 08:00; the recycler receives it at 15:00 that day and leaches it on 08-05 under the renewed licence; the residue goes to the licensed store on 08-12. July and August are reported on time.',
  expect: 'Nothing: no recycling in the gap; swarf made in the gap and shipped on the renewal\'s first morning is held by its maker, not the recycler.',
  build() {
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    w.amendLicence('RT-REC-GZ-2024', { validTo: '2025-06-30' });
    const renewed = w.licence({ id: 'RT-REC-GZ-2025R', party: r.recycler.id, activity: 'recycling', validFrom: '2025-08-01', validTo: '2028-07-31', capacityTonnesReo: 3_000 });
    w.amendFacility(r.recyclingPlant, { licence: renewed });
    const sint = sinterJune(ctx, june, at('2025-07-03'), '2507');
    w.record(r.magnets, at('2025-08-08', '09:00'), [sint.event]);
    w.record(r.magnets, at('2025-09-05', '09:00'), [
      s.ship(r.magnets, 'shp-2508-sw', at('2025-08-01', '08:00'), sint.swarf, sint.swarfGrams, r.recycler, undefined, 'sealed drums of swarf under water'),
    ]);
    const swarf = r.magnets.lot(sint.swarf);
    const receive = s.receive(r.recycler, 'rcv-2508-sw', at('2025-08-01', '15:00'), swarf, sint.swarfGrams);
    const leach = leachScrap(ctx, r.recycler, swarf, sint.swarfGrams, 'RC-2508', 'rec-2508-01', at('2025-08-05', '14:00'), r.recyclingPlant);
    w.record(r.recycler, at('2025-09-06', '10:00'), [
      receive, leach.event,
      s.ship(r.recycler, 'shp-2508-rres', at('2025-08-12'), leach.residue, leach.residueGrams, r.disposer, undefined, 'covered tipper trucks'),
    ]);
    storeLandfills(ctx, r.recycler.lot(leach.residue), leach.residueGrams, '2508', at('2025-08-13'), at('2025-08-14'), at('2025-09-07', '10:00'));
    return { world: w, find: {} };
  },
});
