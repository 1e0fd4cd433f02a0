import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separateShipment } from '../../lib/round7.ts';

export default defineCase({
  id: 'H-time-90',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Concentrate shipped on 28 December, snowbound in a rail yard, received on 6 January and separated in the new quota year',
  does: 'The Bayan Obo miner extracts 1,200 t of concentrate on 2025-12-03 and ships 1,000 t to the Baotou separator on 12-28. A blizzard closes the line at Shiguai; the wagons stand in the yard until the New Year and reach the plant on 2026-01-06. The separator receives them that day and separates them on 01-15, its residue to the licensed store on 01-24. The extraction counts against the miner\'s 2025 quota, the separation against the separator\'s 2026 one, each at its own date. The miner reports December on 01-05, the separator January on 02-06.',
  expect: 'Nothing: nine days in transit in a blizzard, and a separation counted in the year it was done; no date was moved.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(1_000);
    w.record(r.miner, at('2026-01-05', '10:00'), [
      s.extract(r.miner, 'ext-2512-01', at('2025-12-03'), r.mine, { id: 'BC-2512-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_200) }),
      s.ship(r.miner, 'shp-2512-01', at('2025-12-28', '14:30'), 'BC-2512-01', grams, r.separator, 'BC-2512-01-S1', 'rail wagons 4471–4490'),
    ]);
    separateShipment(ctx, '2026-01', r.miner.lot('BC-2512-01-S1'), grams, '2601', { receiveDay: 6, processDay: 15 });
    return { world: w, find: {} };
  },
});
