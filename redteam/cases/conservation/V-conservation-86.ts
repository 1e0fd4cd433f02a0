import { defineCase } from '../../lib/case.ts';
import { add, at, pick, scale, tonnes } from '../../lib/chem.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { southHeavy } from '../../lib/round16.ts';
import { addPhosphorWorks, juneWorld, lotAtReo } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-conservation-86',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A red-phosphor works\' Y2O3:Eu holds 35 % more yttrium than all the yttrium oxide it ever bought',
  does: 'A Xiamen red-phosphor works buys 20 t of yttrium oxide from the Longnan separator (shipped 2025-07-15, received 07-16) and imports 1.9 t of europium oxide from France on 07-10. On 07-25 it fires a campaign of Y2O3:Eu red phosphor that holds 35 % more yttrium than the 20 t of oxide carried: the rest is yttrium oxide smuggled over the Myanmar border and bought for cash, given a paper origin as phosphor made from the Longnan oxide. It reports July on 08-07.',
  expect: 'A product holding more of an element than every input of the campaign carried: the campaign, the phosphor lot and the works.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 99.5 % of the europium into the phosphor.
    const { ctx } = juneWorld();
    const { w, s } = ctx;
    const { south, heavy } = southHeavy(ctx, '2025-07', '2507');
    const { works, plant } = addPhosphorWorks(ctx);
    const yGrams = tonnes(20);
    const yLot = sellOxide(ctx, south, heavy, 'oxide-y', yGrams, works, '2025-07', '2507-y');
    const euGrams = tonnes(1.9);
    const imp = s.import(works, 'imp-2507-eu', at('2025-07-10'), { id: 'EU-2507-01', product: 'oxide-eu', massGrams: euGrams }, 'FR', '223120250710003307');
    const yIn = pick(s.share(yLot, yGrams), ['Y']);
    const euIn = pick(s.lot(works.lot('EU-2507-01')).composition, ['Eu']);
    const phosphor = lotAtReo('RP-2507-01', 'phosphor-red-y2o3-eu', add(scale(yIn, 1.35), scale(euIn, 0.995)), 0.995);
    w.record(works, at('2025-08-07', '11:00'), [
      imp,
      s.process(works, 'fire-2507-01', at('2025-07-25'), [{ lot: yLot, massGrams: yGrams }, { lot: 'EU-2507-01', massGrams: euGrams }], [phosphor], { facility: plant, note: 'co-precipitated oxalate, fired at 1,350 °C, milled and sieved' }),
    ]);
    return { world: w, find: { events: [works.event('fire-2507-01')], lots: [works.lot('RP-2507-01')], parties: [works.id] } };
  },
});
