import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-82',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A batch of new magnets that failed its coercivity test, booked as solid NdFeB scrap and sold to the recycler',
  does: 'The Ningbo magnet maker sinters its 20 t of June NdPr metal on 07-04. Quality control finds that 6 t of the magnets, one furnace load, fall short of their coercivity grade after a temperature excursion in ageing. On 07-09 it books them as solid NdFeB scrap (rejects), and ships them with the month\'s grinding sludge to the Ganzhou recycler on 07-14 (received 07-15). Everyone reports on time.',
  expect: 'Nothing: rejects are pre-consumer scrap by definition, with the composition of the magnets they were; a magnet maker sells its scrap to a licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const metalGrams = tonnes(20);
    const { magnets, swarf } = sinter(s.share(june.metalShipment, metalGrams), '2507');
    const rejectGrams = tonnes(6);
    const sinterEvent = s.process(r.magnets, 'sin-2507-01', at('2025-07-04'), [{ lot: june.metalShipment, massGrams: metalGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, jet milling, pressing, sintering, grinding' });
    const rejects = { id: 'RJ-2507-01', product: 'scrap-ndfeb-solid', massGrams: rejectGrams, composition: s.share(r.magnets.lot(magnets.id), rejectGrams) };
    const reject = s.process(r.magnets, 'rej-2507-01', at('2025-07-09'), [{ lot: magnets.id, massGrams: rejectGrams }], [rejects], { facility: r.magnetPlant, note: 'furnace load 7 failed Hcj after an ageing excursion; rejects' });
    w.record(r.magnets, at('2025-08-06', '11:00'), [
      sinterEvent,
      reject,
      s.ship(r.magnets, 'shp-2507-rj', at('2025-07-14'), rejects.id, rejectGrams, r.recycler),
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-14', '09:00'), swarf.id, swarf.massGrams, r.recycler),
    ]);
    w.record(r.recycler, at('2025-08-07', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-rj', at('2025-07-15', '10:00'), r.magnets.lot(rejects.id), rejectGrams),
      s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-15', '10:30'), r.magnets.lot(swarf.id), swarf.massGrams),
    ]);
    return { world: w, find: {} };
  },
});
