// Estimates (not in shared/DOMAIN.md): Mianning concentrate at 50 % REO (the catalogue's); the mine's
// 2025 and 2026 allocations (700 t REO) are fictional.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mianning, on } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-time-14',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A November extraction "corrected" in January from 1,000 t to 600 t, and the 400 t found again by a January stockpile survey',
  does: 'A Mianning bastnaesite miner holds 700 t REO of mining allocation for 2025 and the same for 2026. It extracts 500 t of concentrate (250 t REO) in June and 1,000 t (500 t REO) on 2025-11-12, both reported on time, which takes 2025 to 750 t REO. On 2026-01-08, when the group starts its year-end tally, it files a correction of the November extraction: the same day, a new lot, 600 t, "two days\' weighbridge tickets entered twice". The November pile has not moved, so nothing contradicts it. In its January report (02-05) it books a stockpile survey surplus of 400 t of concentrate on the new lot, dated 01-20. 2025 closes at 550 t REO; the 200 t REO reappear in 2026, without an extraction.',
  expect: 'A late correction that cuts an old year\'s extraction, and a surplus of the same mass on the same pile in the new year: the correction, the new lot, the adjustment and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const mn = mianning(ctx, 700);
    w.record(mn.party, on('2025-07-05'), [
      s.extract(mn.party, 'ext-2506-01', at('2025-06-05'), mn.mine, { id: 'MN-2506-01', product: 'concentrate-mianning', massGrams: tonnes(500) }),
    ]);
    w.record(mn.party, on('2025-12-05'), [
      s.extract(mn.party, 'ext-2511-01', at('2025-11-12'), mn.mine, { id: 'MN-2511-01', product: 'concentrate-mianning', massGrams: tonnes(1_000) }),
    ]);
    const replacement = s.extract(mn.party, 'cor-2601-01', at('2025-11-12'), mn.mine, { id: 'MN-2511-01B', product: 'concentrate-mianning', massGrams: tonnes(600) });
    w.record(mn.party, on('2026-01-08'), [
      s.correct('cor-2601-01', at('2026-01-08', '09:00'), 'ext-2511-01', 'two days\' weighbridge tickets entered twice', replacement),
    ]);
    w.record(mn.party, on('2026-02-05'), [
      s.adjust(mn.party, 'adj-2601-01', at('2026-01-20', '17:00'), 'MN-2511-01B', tonnes(400), 'stockpile survey (drone photogrammetry): surplus on the November pile', typical('concentrate-mianning', tonnes(400))),
    ]);
    return {
      world: w,
      find: { parties: [mn.party.id], lots: [mn.party.lot('MN-2511-01B')], events: [mn.party.event('cor-2601-01'), mn.party.event('adj-2601-01')] },
    };
  },
});
