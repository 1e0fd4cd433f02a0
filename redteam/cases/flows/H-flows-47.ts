import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-47',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Wet flotation concentrate arrives 1.3 % light after a hot August rail haul, and the separator books what its weighbridge reads',
  does: 'The Bayan Obo miner ships 180 t of freshly floated concentrate (about 8 % moisture, an estimate) in open wagons on 2025-08-04. In August heat the separator\'s weighbridge reads 177.66 t on 08-05 (1.3 % less); it books that mass with a note of moisture loss, and the shortfall matches the drying the wagons\' dew-point logs show. No other party handles the lot.',
  expect: 'Nothing: a small shortfall on a wet bulk cargo, booked as weighed and explained, with no matching appearance of material anywhere else.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-09-05', '10:00'), [
      s.ship(r.miner, 'shp-2508-01', at('2025-08-04', '16:00'), lots.concentrate, tonnes(180), r.separator, 'BC-2506-01-S3', 'open wagons, filter cake'),
    ]);
    w.record(r.separator, at('2025-09-06', '10:00'), [
      s.receive(r.separator, 'rcv-2508-01', at('2025-08-05', '11:00'), r.miner.lot('BC-2506-01-S3'), tonnes(177.66), 'moisture loss in transit, 1.3 %'),
    ]);
    return { world: w, find: {} };
  },
});
