import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-74',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'NdPr metal trucked 36 hours from Baotou, received at 22:00 on 31 July and booked on 9 August',
  does: 'The Baotou smelter ships 10 t of its June NdPr metal to Ningbo by road on 2025-07-30 at 10:00 (about 1,800 km, two drivers, some 36 hours); the magnet maker\'s night shift takes it in at 22:00 on 07-31. The smelter reports July on 08-07, the magnet maker enters the late-evening receipt with July on 08-09, before the 10th.',
  expect: 'Nothing: a receipt at the end of the last day of the month, recorded in that month and reported on time.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    w.record(r.smelter, at('2025-08-07', '10:00'), [s.ship(r.smelter, 'shp-2507-met', at('2025-07-30', '10:00'), june.metal.split(':')[1]!, tonnes(10), r.magnets, 'MET-2507-S1', 'road, two drivers')]);
    w.record(r.magnets, at('2025-08-09', '17:00'), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-31', '22:00'), r.smelter.lot('MET-2507-S1'), tonnes(10))]);
    return { world: w, find: {} };
  },
});
