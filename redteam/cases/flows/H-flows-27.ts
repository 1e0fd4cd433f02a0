// Estimates (not in shared/DOMAIN.md): 96 % cascade recovery (the ionic norm is > 94 %).
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changtingSeparator } from '../../lib/round24.ts';
import { anyuan, groupTradingArm, ionicCuts, on, south } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-flows-27',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'The southern group\'s Ganzhou trading arm buys 110 t of Anyuan clay concentrate at the mine gate and splits it between the Longnan and Changting separators, unopened',
  does: 'The Anyuan (Ganzhou) clay mine sells its July output, 110 t of medium-yttrium concentrate, to its group\'s Ganzhou trading arm, which takes it into its yard on 2025-07-06. The trading arm sells 70 t to the Longnan separator (shipped 07-08, received 07-09) and the other 40 t to a Changting separator in Fujian (shipped 07-09, received 07-11), in the bags they came in. Each separator cuts its share on its own ionic allocation, Longnan on 07-20, Changting on 07-25. Everyone reports on time.',
  expect: 'Nothing: a trader takes a mineral product from a licensed mine to licensed separators with ionic allocations, without processing it; it holds it for three days.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const ay = anyuan(ctx);
    const arm = groupTradingArm(ctx);
    const { southSeparator, southPlant } = south(ctx);
    const ct = changtingSeparator(ctx);
    const grams = tonnes(110);
    w.record(ay.party, on('2025-08-05'), [
      s.extract(ay.party, 'ext-2507-01', at('2025-07-03'), ay.mine, { id: 'AY-2507-01', product: 'concentrate-ionic-medium-y-eu', massGrams: grams }, 'in-situ leach, ammonium bicarbonate precipitation, calcined'),
      s.ship(ay.party, 'shp-2507-01', at('2025-07-05'), 'AY-2507-01', grams, arm, undefined, 'bulk bags, by road to the trading arm\'s Ganzhou yard'),
    ]);
    const lot = ay.party.lot('AY-2507-01');
    w.record(arm, on('2025-08-07'), [
      s.receive(arm, 'rcv-2507-ay', at('2025-07-06'), lot, grams),
      s.ship(arm, 'shp-2507-ln', at('2025-07-08'), lot, tonnes(70), southSeparator, 'AY-2507-01-LN', 'bulk bags unopened'),
      s.ship(arm, 'shp-2507-ct', at('2025-07-09'), lot, tonnes(40), ct.party, undefined, 'bulk bags unopened, by road to Changting'),
    ]);
    const ln = arm.lot('AY-2507-01-LN');
    w.record(southSeparator, on('2025-08-08'), [
      s.receive(southSeparator, 'rcv-2507-arm', at('2025-07-09'), ln, tonnes(70)),
      s.process(southSeparator, 'sep-2507-ay', at('2025-07-20'), [{ lot: ln, massGrams: tonnes(70) }], ionicCuts(scale({ ...s.lot(ln).composition }, 0.96), 'LN-2507-AY'), { facility: southPlant, note: 'HCl dissolution, P507 cascade' }),
    ]);
    w.record(ct.party, on('2025-08-08'), [
      s.receive(ct.party, 'rcv-2507-arm', at('2025-07-11'), lot, tonnes(40)),
      s.process(ct.party, 'sep-2507-ay', at('2025-07-25'), [{ lot, massGrams: tonnes(40) }], ionicCuts(scale({ ...s.lot(lot).composition }, 0.96), 'CT-2507-AY'), { facility: ct.plant, note: 'HCl dissolution, P507 cascade' }),
    ]);
    return { world: w, find: {} };
  },
});
