// Estimates (not in shared/DOMAIN.md): Mianning concentrate at 50 % REO (the catalogue's); 1.5 %
// free moisture in flotation concentrate after the filter press.
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mianning, on } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-time-14',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A Mianning miner corrects its September extraction six weeks after reporting it, 1.5 % down to dry tonnes',
  does: 'A Mianning bastnaesite miner extracts 800 t of concentrate on 2025-09-10 and reports it on 10-05 at the weighbridge\'s wet weight. In November the group\'s lab returns the moisture assays of the quarter: the concentrate carried 1.5 % free water. On 11-18 the miner files a correction of the September extraction to 788 t of dry concentrate, same day, same assay, under a new lot number, "wet weight keyed instead of dry; moisture 1.5 % per lab report". The pile has not moved. Its allocation for the year is far from used either way.',
  expect: 'Nothing: a small, explained correction downwards to the dry weight, filed as a correction, on a lot still in store, that changes no quota position.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const mn = mianning(ctx);
    const wet = typical('concentrate-mianning', tonnes(800));
    w.record(mn.party, on('2025-10-05'), [
      s.extract(mn.party, 'ext-2509-01', at('2025-09-10'), mn.mine, { id: 'MN-2509-01', product: 'concentrate-mianning', massGrams: tonnes(800), composition: wet }),
    ]);
    const replacement = s.extract(mn.party, 'cor-2511-01', at('2025-09-10'), mn.mine, { id: 'MN-2509-01D', product: 'concentrate-mianning', massGrams: tonnes(788), composition: scale(wet, 1) });
    w.record(mn.party, on('2025-11-18'), [
      s.correct('cor-2511-01', at('2025-11-18', '09:00'), 'ext-2509-01', 'wet weight keyed instead of dry; moisture 1.5 % per lab report Q3-117', replacement),
    ]);
    return { world: w, find: {} };
  },
});
