import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, nextMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addHeavyMetalWorks } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-licences-72',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A dysprosium-metal works fills 97 % of its licensed 40 t REO in three campaigns',
  does: 'A small Ganzhou works is licensed to smelt dysprosium and terbium metal, 40 t REO a year. It works in campaigns: it buys 13 t of Dy2O3 from the Longnan separator in April, July and October (shipped on the 15th, received on the 16th) and reduces each lot on the 20th at 97 %, 38.6 t REO in the year, and stops there until January. Everything is reported on time.',
  expect: 'Nothing: three large campaigns that stay inside the licensed capacity; a works running close to its licence is busy, not in breach.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const { works, worksPlant } = addHeavyMetalWorks(ctx, 40);
    const march = importAndSeparateHeavy(ctx, south, '2025-03', '2503', 600);
    const july = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 500);
    const grams = tonnes(13);
    for (const [month, source, tag] of [['2025-04', march, '2504'], ['2025-07', july, '2507'], ['2025-10', march, '2510']] as const) {
      const oxide = sellOxide(ctx, south, source, 'oxide-dy', grams, works, month, `${tag}-dy`);
      const metal = smelt(s.share(oxide, grams), `DYM-${tag}`, 'metal-dy');
      w.record(works, at(day(nextMonth(month), 7), '11:00'), [
        s.process(works, `red-${tag}`, at(day(month, 20)), [{ lot: oxide, massGrams: grams }], [metal], { facility: worksPlant, note: 'DyF3 calcium reduction, furnaces 1–2' }),
      ]);
    }
    return { world: w, find: {} };
  },
});
