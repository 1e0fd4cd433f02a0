import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-03',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A weighbridge recalibration finds a small surplus',
  does: 'The county metrology institute recalibrates the mine\'s weighbridge in July and finds it under-read by 0.2 %; the miner raises its stockpile lot by 0.4 t with the lot\'s own composition and cites the calibration certificate.',
  expect: 'Nothing: a small, documented positive adjustment on the miner\'s own, already extracted lot, with the lot\'s own grade, is not new material.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const gainGrams = tonnes(0.4);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.adjust(r.miner, 'adj-2507-01', at('2025-07-15', '16:00'), 'BC-2506-01', gainGrams,
        'weighbridge recalibration, certificate BT-JL-2025-0713: scale under-read 0.2 %', s.share(june.concentrate, gainGrams)),
    ]);
    return { world: w, find: {} };
  },
});
