import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-74',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Bayan Obo "concentrate" at 72 % REO: off-book mixed carbonate tipped into the flotation product',
  does: 'The Dongshan miner books 500 t of Bayan Obo concentrate on 2025-07-03 and ships it to the Baotou separator on 07-10 (received 07-11). Its assay is 72 % REO in Bayan Obo proportions: flotation concentrate is traded at 50 % and does not reach much above 60 %. A third of the "concentrate" is mixed rare earth carbonate from an unlicensed backyard cracking plant, tipped into the stockpile so that it enters the books as fresh mine output. Reported on time.',
  expect: 'A concentrate lot whose grade is far above what flotation of Bayan Obo ore makes: the extraction and the lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(500);
    const composition = scale(typical('concentrate-bayan-obo', grams), 0.72 / 0.5);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-01', at('2025-07-03'), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: grams, composition }),
      s.ship(r.miner, 'shp-2507-01', at('2025-07-10', '14:30'), 'BC-2507-01', grams, r.separator),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), r.miner.lot('BC-2507-01'), grams)]);
    return { world: w, find: { events: [r.miner.event('ext-2507-01')], lots: [r.miner.lot('BC-2507-01')] } };
  },
});
