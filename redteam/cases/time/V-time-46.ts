import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-46',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'September blasting after the mining licence lapsed, entered a month late as an "omitted" 30 August extraction',
  does: 'The Bayan Obo miner\'s mining licence runs to 2025-08-31 and is not renewed in time. It files August on 09-05 (one extraction, 08-12, 900 t). It keeps working the pit in September and, on 10-06, enters 850 t more concentrate as "extracted 2025-08-30, omitted from the August return" in a document filed at 15:20, so that the tonnage sits inside the licence\'s dates. It ships 800 t of it to the Baotou separator the same morning, 10-06.',
  expect: 'An August extraction first entered on 6 October, after the 10 September deadline and after the licence lapsed: the late extraction, its lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence(r.miningLicence, { validTo: '2025-08-31' });
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-09-05', '10:00'), [
      s.extract(r.miner, 'ext-2508-01', at('2025-08-12'), r.mine, { id: 'BC-2508-01', product: 'concentrate-bayan-obo', massGrams: tonnes(900) }),
    ]);
    w.record(r.miner, at('2025-10-06', '15:20'), [
      s.extract(r.miner, 'ext-2508-02', at('2025-08-30'), r.mine, { id: 'BC-2508-02', product: 'concentrate-bayan-obo', massGrams: tonnes(850) }, 'omitted from the August return'),
      s.ship(r.miner, 'shp-2510-01', at('2025-10-06', '09:00'), 'BC-2508-02', tonnes(800), r.separator, 'BC-2508-02-S1', 'rail wagons 5120–5135'),
    ]);
    return { world: w, find: { events: [r.miner.event('ext-2508-02')], lots: [r.miner.lot('BC-2508-02')], parties: [r.miner.id] } };
  },
});
