import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain, mineIonic } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-70',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A light-clay mine whose licence names both of its clay types leaches its europium-rich block',
  does: 'The Xunwu miner\'s area holds two ore types, light (Xunwu-type) clay and a medium-yttrium, europium-rich block on the north slope, and its mining licence names the ore and concentrate of both. On 07-06 it books 60 t of medium-Y europium-rich concentrate (92 % REO) next to its usual 100 t of light concentrate, ships both to the Longnan separator on 07-12, which receives them on 07-13 and separates them at 96 %. Both report on time; the 60 t count against the same ionic quota.',
  expect: 'Nothing: a mine may produce two products when its licence names both; the europium-rich concentrate is ionic, like its quota.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    w.amendLicence(south.ionicMiningLicence, {
      scope: { products: ['ore-ionic-light', 'concentrate-ionic-light', 'ore-ionic-medium-y-eu', 'concentrate-ionic-medium-y-eu'] },
    });
    const month = '2025-07';
    const light = mineIonic(ctx, south, month, '2507');
    const euGrams = tonnes(60);
    w.record(south.ionicMiner, at('2025-08-05', '11:00'), [
      s.extract(south.ionicMiner, 'ext-2507-eu', at(day(month, 6)), south.ionicMine, { id: 'IC-2507-EU', product: 'concentrate-ionic-medium-y-eu', massGrams: euGrams }, 'north slope leach pads N1–N4'),
      s.ship(south.ionicMiner, 'shp-2507-eu', at(day(month, 12)), 'IC-2507-EU', euGrams, south.southSeparator),
    ]);
    const eu = south.ionicMiner.lot('IC-2507-EU');
    const lightPlan = separate(s.lot(light.lot).composition, 'LN-2507-L', { recovery: 0.96 });
    const euPlan = separate(s.lot(eu).composition, 'LN-2507-E', { recovery: 0.96 });
    w.record(south.southSeparator, reportTime(month, 6), [
      s.receive(south.southSeparator, 'rcv-2507-01', at(day(month, 13)), light.lot, light.massGrams),
      s.receive(south.southSeparator, 'rcv-2507-eu', at(day(month, 13), '10:00'), eu, euGrams),
      s.process(south.southSeparator, 'sep-2507-01', at(day(month, 18)), [{ lot: light.lot, massGrams: light.massGrams }], lightPlan.outputs, { facility: south.southPlant }),
      s.process(south.southSeparator, 'sep-2507-eu', at(day(month, 19)), [{ lot: eu, massGrams: euGrams }], euPlan.outputs, { facility: south.southPlant }),
    ]);
    return { world: w, find: {} };
  },
});
