import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-73',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A miner re-treats its own old tailings at its licensed mine and counts the concentrate in its quota',
  does: 'The Dongshan miner runs the 1990s tailings of its own pit back through its flotation plant in July 2025 (a policy the group encourages) and books 400 t of concentrate at 50 % REO as an extraction at its licensed, listed mine on 2025-07-04, noted as tailings re-treatment. It counts in its 2025 mining quota like any other output. Reported on 08-05.',
  expect: 'Nothing: re-treating tailings is mining output, recorded at the miner\'s own licensed mine, inside its licence and quota.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-tl', at('2025-07-04'), r.mine, { id: 'BC-2507-TL', product: 'concentrate-bayan-obo', massGrams: tonnes(400) }, 'old tailings of the Dongshan pit re-treated by flotation'),
    ]);
    return { world: w, find: {} };
  },
});
