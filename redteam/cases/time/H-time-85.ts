// Estimates (not in DOMAIN.md): the 1,000 t REO cut quota; shift tonnages.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { setQuota } from '../../lib/round15.ts';

export default defineCase({
  id: 'H-time-85',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A night shift across New Year booked as two extractions split at midnight, the second under the 2026 quota',
  does: 'The Bayan Obo miner\'s 2025 quota was cut to 1,000 t REO; June used 600 t. Its New Year\'s Eve night shift runs from 20:00 on 12-31 to 06:00 on 01-01. The shift log is closed at midnight: 240 t of concentrate booked at 23:55 on 2025-12-31 and reported with December on 01-05, 300 t booked at 06:00 on 2026-01-01 and reported with January on 02-05, both Beijing time. The two lots stay on the stockpile.',
  expect: 'Nothing: each tonne is counted in the year it was dug, with the zone the mine uses; 2025 ends at 720 t REO, under the cut quota.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    setQuota(w, 'RT-Q2025-MIN-BY', 1_000);
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2026-01-05', '10:00'), [
      s.extract(r.miner, 'ext-2512-31', at('2025-12-31', '23:55'), r.mine, { id: 'BC-2512-31', product: 'concentrate-bayan-obo', massGrams: tonnes(240) }, 'night shift 20:00–24:00'),
    ]);
    w.record(r.miner, at('2026-02-05', '10:00'), [
      s.extract(r.miner, 'ext-2601-01', at('2026-01-01', '06:00'), r.mine, { id: 'BC-2601-01', product: 'concentrate-bayan-obo', massGrams: tonnes(300) }, 'night shift 00:00–06:00'),
    ]);
    return { world: w, find: {} };
  },
});
