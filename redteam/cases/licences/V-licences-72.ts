import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, nextMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addHeavyMetalWorks } from '../../lib/round8.ts';

export default defineCase({
  id: 'V-licences-72',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A dysprosium-metal works licensed for 40 t REO a year reduces 53 t by October',
  does: 'A small Ganzhou works is licensed to smelt dysprosium and terbium metal, 40 t REO a year. Magnet makers\' demand for dysprosium is strong in 2025, so it runs its furnaces beyond the licence: it buys 18 t of Dy2O3 from the Longnan separator in April, July and October (shipped on the 15th, received on the 16th) and reduces each lot on the 20th at 97 %, 53.5 t REO in all by 10-20. Every step is reported on time, the oxide is bought through the chain, and each month looks ordinary.',
  expect: 'Metal smelting beyond the licensed capacity: the works\' October reduction takes its year to 134 % of the 40 t REO its licence allows; the works and that reduction.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const { works, worksPlant } = addHeavyMetalWorks(ctx, 40);
    const march = importAndSeparateHeavy(ctx, south, '2025-03', '2503', 600);
    const july = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 500);
    const grams = tonnes(18);
    for (const [month, source, tag] of [['2025-04', march, '2504'], ['2025-07', july, '2507'], ['2025-10', march, '2510']] as const) {
      const oxide = sellOxide(ctx, south, source, 'oxide-dy', grams, works, month, `${tag}-dy`);
      const metal = smelt(s.share(oxide, grams), `DYM-${tag}`, 'metal-dy');
      w.record(works, at(day(nextMonth(month), 7), '11:00'), [
        s.process(works, `red-${tag}`, at(day(month, 20)), [{ lot: oxide, massGrams: grams }], [metal], { facility: worksPlant, note: 'DyF3 calcium reduction, furnaces 1–2' }),
      ]);
    }
    return { world: w, find: { parties: [works.id], events: [works.event('red-2510')] } };
  },
});
