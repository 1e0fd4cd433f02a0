import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { longnanImport } from '../../lib/round20.ts';

export default defineCase({
  id: 'H-time-58',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A Myanmar cargo cleared at 23:10 on 31 July, reported with July, separated on 4 August and reported with August',
  does: 'The Longnan separator\'s 120 t of Myanmar high-yttrium concentrate clears customs at Ruili late on 2025-07-31 (23:10 Beijing time) and is trucked to Longnan; the July report of 08-06 holds the import alone. The cargo is separated on 08-04 and the campaign goes in the August report on 09-05.',
  expect: 'Nothing: each event reported with its own month, by the 10th; a month that imports and does not separate, and the next that separates and does not import, are the calendar, not a delay.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    longnanImport(ctx, south, '2507', {
      importAt: at('2025-07-31', '23:10'), separateAt: at('2025-08-04'), importRecordedAt: at('2025-08-06', '10:00'), separationRecordedAt: at('2025-09-05', '10:00'), massTonnes: 120,
    });
    return { world: w, find: {} };
  },
});
