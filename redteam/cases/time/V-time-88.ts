import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { juneWorld, recycleOutputs, sinterJune, storeLandfills } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-time-88',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A recycler whose licence is suspended from 1 August leaches swarf shipped to it on the 12th, its receipt and leach dated 30 and 31 July',
  does: 'After an environmental inspection the Ganzhou recycler\'s licence is suspended from 00:00 on 2025-08-01. The Ningbo magnet maker sinters its June NdPr metal on 07-10 and ships the grinding swarf to the recycler on 08-12 (entered on 08-13). The recycler takes it in and leaches it all the same, and on 08-20 files a "July supplement" dating the receipt 07-30 and the leach 07-31, before the suspension; the leach residue goes to the licensed store in September.',
  expect: 'Recycling during the licence\'s suspension, dated back before it and before the swarf had even left Ningbo: the receipt, the leach, the swarf lot and the recycler.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 96 % recovery from swarf (DOMAIN.md: up to ~97 %); 0.7 t of leach residue per t of swarf.
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    w.amendLicence('RT-REC-GZ-2024', { status: 'suspended', since: '2025-08-01T00:00:00+08:00' });
    const sintered = sinterJune(ctx, june, at('2025-07-10'));
    w.record(r.magnets, at('2025-08-08', '10:00'), [sintered.event]);
    w.record(r.magnets, at('2025-08-13', '10:00'), [s.ship(r.magnets, 'shp-2508-sw', at('2025-08-12'), sintered.swarf, sintered.swarfGrams, r.recycler, undefined, 'sealed drums of swarf under coolant')]);
    const swarf = r.magnets.lot(sintered.swarf);
    const held = { ...s.lot(swarf).composition };
    const { outputs, residue } = recycleOutputs(held, sintered.swarfGrams, 'RO-2507');
    w.record(r.recycler, at('2025-08-20', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-30', '15:00'), swarf, sintered.swarfGrams),
      s.process(r.recycler, 'rec-2507-01', at('2025-07-31'), [{ lot: swarf, massGrams: sintered.swarfGrams }], outputs, { facility: r.recyclingPlant, note: 'July supplement: oxidising roast, HCl leach, solvent extraction' }),
    ]);
    w.record(r.recycler, at('2025-10-06', '10:00'), [s.ship(r.recycler, 'shp-2509-res', at('2025-09-03'), residue.id, residue.massGrams, r.disposer)]);
    storeLandfills(ctx, r.recycler.lot(residue.id), residue.massGrams, '2509', at('2025-09-04'), at('2025-09-05'), at('2025-10-07', '10:00'));
    return {
      world: w,
      find: { events: [r.recycler.event('rcv-2507-sw'), r.recycler.event('rec-2507-01')], lots: [swarf], parties: [r.recycler.id] },
    };
  },
});
