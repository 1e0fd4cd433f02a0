import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain, mineIonic } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-70',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A light-clay mine starts leaching a europium-rich block its licence does not name',
  does: 'The Xunwu miner\'s licence covers the light (Xunwu-type) ion-adsorption clay of its area, ore and leached concentrate. In 2025 its geologists find a medium-yttrium, europium-rich block on the north slope, worth half as much again per tonne; instead of applying for a change of scope it runs leach pads there from June. On 07-06 it books 60 t of medium-Y europium-rich concentrate (92 % REO) next to its usual 100 t of light concentrate, ships both to the Longnan separator on 07-12, which receives them on 07-13 and separates them at 96 % on 07-18. Both report on time, inside their quotas.',
  expect: 'An extraction of a product the mining licence does not cover (its scope names light ionic ore and concentrate only): the 07-06 extraction event, its lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
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
    return {
      world: w,
      find: { events: [south.ionicMiner.event('ext-2507-eu')], lots: [eu], parties: [south.ionicMiner.id] },
    };
  },
});
