import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-31',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A stockpile survey "finds" 190 t of concentrate at the mine',
  does: 'The miner extracts 1,200 t of concentrate in June 2025 and ships 1,000 t; 200 t stay on the pad. On 06-30 it books a drone survey of the stockpile: "390 t on the pad, 200 t booked", a stock adjustment of +190 t of concentrate at the pad\'s grade (95 t REO), reported on 07-05. On 07-08 it ships all 390 t to the separator. The 190 t are concentrate from a night shift at the Dongshan pit that was never booked as extraction, so never counted against the mine\'s quota; a survey error on a pad of 200 t is a few tonnes, not half again as much.',
  expect: 'Mineral product entering the books by stock adjustment instead of extraction: a surplus of 16 % of the month\'s output on a pad holding 200 t; the adjustment, the concentrate lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const added = tonnes(190);
    w.record(r.miner, at('2025-07-05', '11:00'), [
      s.adjust(r.miner, 'adj-2506-survey', at('2025-06-30', '18:00'), 'BC-2506-01', added, 'quarter-end drone survey of stockpile pad 3: 390 t on the pad, 200 t booked', typical('concentrate-bayan-obo', added)),
    ]);
    const shipped = tonnes(390);
    w.record(r.miner, at('2025-08-05', '10:00'), [s.ship(r.miner, 'shp-2507-01', at('2025-07-08', '14:30'), 'BC-2506-01', shipped, r.separator, 'BC-2506-01-S2', 'rail wagons 4501–4508')]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-01', at('2025-07-09', '09:00'), r.miner.lot('BC-2506-01-S2'), shipped)]);
    return {
      world: w,
      find: { events: [r.miner.event('adj-2506-survey')], lots: [june.concentrate], parties: [r.miner.id] },
    };
  },
});
