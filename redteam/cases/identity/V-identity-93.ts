import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-93',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Bayan Obo concentrate with seven times the mine\'s yttrium: southern clay concentrate tipped into the flotation product',
  does: 'In July 2025 the Dongshan miner books 800 t of Bayan Obo concentrate. 40 t of it is medium-yttrium, europium-rich ion-adsorption concentrate (92 % REO) from a private clay pit in southern Jiangxi, bought for cash and blended into the flotation product at the mine\'s stockpile. The lot, booked with the composition it assays, carries yttrium at about 2.3 % and dysprosium at about 0.35 % of its REO, where Bayan Obo ore holds 0.3 % and 0.1 %; it is shipped whole to the Baotou separator on 07-10 (received 07-11).',
  expect: 'A concentrate whose heavy rare earths no Bayan Obo ore has: the extraction, the lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const composition = add(typical('concentrate-bayan-obo', tonnes(760)), typical('concentrate-ionic-medium-y-eu', tonnes(40)));
    const grams = tonnes(800);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-01', at('2025-07-03'), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: grams, composition }),
      s.ship(r.miner, 'shp-2507-01', at('2025-07-10', '14:30'), 'BC-2507-01', grams, r.separator, undefined, 'rail wagons 4471–4486'),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), r.miner.lot('BC-2507-01'), grams)]);
    return {
      world: w,
      find: { events: [r.miner.event('ext-2507-01')], lots: [r.miner.lot('BC-2507-01')], parties: [r.miner.id] },
    };
  },
});
