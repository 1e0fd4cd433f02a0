import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-73',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Concentrate extracted on 29 February 2024, a leap day, reported on 5 March',
  does: 'The Dongshan miner books 500 t of concentrate on 2024-02-29, the last day of February in a leap year, and reports February on 2024-03-05. The concentrate stays in its stockpile. Its licence (from 2024-01-01) and its 2024 quota cover it.',
  expect: 'Nothing: a real calendar day, inside the licence and the quota year, reported on time.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.record(r.miner, at('2024-03-05', '10:00'), [
      s.extract(r.miner, 'ext-2402-29', at('2024-02-29', '16:00'), r.mine, { id: 'BC-2402-29', product: 'concentrate-bayan-obo', massGrams: tonnes(500) }),
    ]);
    return { world: w, find: {} };
  },
});
