import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-50',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A concentrate stockpile takes up rain in August and gives it back in September',
  does: 'On 2025-07-25 the Dongshan miner stockpiles 300 t of Bayan Obo concentrate in its open yard. The storm of 08-12 soaks the pile; the month-end count on 08-31 weighs it 1.2 t heavier and books a stock-count adjustment of +1.2 t with no rare earths in it, "rainwater taken up, moisture 0.4 % above the July assay". The dry September brings the pile back down: on 09-30 the count books −1.05 t, "dried out". The same evening the 300.15 t are railed to the separator, which receives them on 10-01. Every month is reported on the 5th.',
  expect: 'Nothing: the surplus is water, added without any rare earth, and nearly all of it leaves again a month later; the rare earths the pile holds never change and all of them reach the licensed separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const pile = 'BC-2507-03';
    const pileLot = r.miner.lot(pile);
    w.record(r.miner, at('2025-08-05', '10:00'), [s.extract(r.miner, 'ext-2507-03', at('2025-07-25'), r.mine, { id: pile, product: 'concentrate-bayan-obo', massGrams: tonnes(300) }, 'open yard stockpile 3')]);
    w.record(r.miner, at('2025-09-05', '10:00'), [s.adjust(r.miner, 'adj-2508-03', at('2025-08-31', '17:00'), pile, tonnes(1.2), 'month-end count: rainwater taken up after the 08-12 storm, moisture 0.4 % above the July assay')]);
    const shipped = tonnes(300.15);
    w.record(r.miner, at('2025-10-05', '10:00'), [
      s.adjust(r.miner, 'adj-2509-03', at('2025-09-30', '17:00'), pile, -tonnes(1.05), 'month-end count: stockpile dried out'),
      s.ship(r.miner, 'shp-2510-03', at('2025-09-30', '18:00'), pile, shipped, r.separator, undefined, 'rail wagons 5120–5123'),
    ]);
    w.record(r.separator, at('2025-10-06', '10:00'), [s.receive(r.separator, 'rcv-2510-03', at('2025-10-01', '09:00'), pileLot, shipped)]);
    return { world: w, find: {} };
  },
});
