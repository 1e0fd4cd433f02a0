import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-91',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Grinding sludge booked as discarded, corrected two days later, before the deadline, into the shipment to the recycler it was',
  does: 'The Ningbo magnet maker sinters its June NdPr metal on 2025-07-10 and on 07-28 sends the grinding sludge to the licensed Ganzhou recycler. A new clerk books the sludge leaving as a stock write-off, "sludge discarded", in the July report filed on 08-04. The recycler\'s receipt (07-30) cannot be booked against a write-off, so it calls; on 08-08, before the 10th, the magnet maker files a correction replacing the write-off by the shipment of 07-28, and the recycler records its receipt on 08-09. Everyone is on time.',
  expect: 'Nothing: a wrong entry put right, by the party that made it, before the month\'s deadline; the sludge is where the books now say.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2507-01');
    w.record(r.magnets, at('2025-08-04', '10:00'), [
      s.process(r.magnets, 'sin-2507-01', at('2025-07-10'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, jet milling, pressing, sintering, grinding' }),
      s.adjust(r.magnets, 'adj-2507-sw', at('2025-07-28'), swarf.id, -swarf.massGrams, 'sludge discarded'),
    ]);
    w.record(r.magnets, at('2025-08-08', '16:00'), [
      s.correct('adj-2507-sw-fix', at('2025-08-08', '15:30'), 'adj-2507-sw', 'wrong kind of entry: the sludge was shipped to the Ganzhou recycler, not discarded', {
        id: 'adj-2507-sw-fix', kind: 'ship', time: at('2025-07-28'), lot: swarf.id, massGrams: swarf.massGrams, to: r.recycler.id,
      }),
    ]);
    w.record(r.recycler, at('2025-08-09', '10:00'), [
      { id: 'rcv-2507-sw', kind: 'receive', time: at('2025-07-30'), lot: r.magnets.lot(swarf.id), massGrams: swarf.massGrams },
    ]);
    return { world: w, find: {} };
  },
});
