import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recycleReceived } from '../../lib/round19.ts';

export default defineCase({
  id: 'V-flows-54',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Eight tonnes of fresh NdPr metal rebooked as "metal scrap" at the smelter and sold to the recycler, who turns it into "recycled" oxide',
  does: 'In July 2025 the Baotou metal smelter takes 8 t of June\'s NdPr metal ingots, still 99 % rare earth metal, and books them as "rare earth metal scrap, ingot ends and off-spec" (a sixth of its month\'s metal, where crop ends are a few per cent at most). It sells them to the Ganzhou recycler, which dissolves them and sells the product as recycled NdPr oxide: comprehensive-utilisation VAT treatment and an oxide outside the separation quota, for metal that was never scrap.',
  expect: 'A metal lot booked as scrap at the grade of new metal and sold straight into a recycling campaign: the smelter\'s rebooking, the "scrap" lot and the recycler\'s campaign.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(8);
    const composition = s.share(june.metal, grams);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.process(r.smelter, 'rbk-2507-scrap', at('2025-07-03'), [{ lot: june.metal, massGrams: grams }], [{ id: 'MS-2507-01', product: 'scrap-re-metal', massGrams: grams, composition }], { facility: r.metalPlant, note: 'ingot ends and off-spec metal sorted for sale' }),
      s.ship(r.smelter, 'shp-2507-scrap', at('2025-07-08'), 'MS-2507-01', grams, r.recycler),
    ]);
    recycleReceived(ctx, '2025-07', '2507', r.smelter.lot('MS-2507-01'), grams, 10, 14, 20, 0.6);
    return {
      world: w,
      find: { events: [r.smelter.event('rbk-2507-scrap'), r.recycler.event('rec-2507-01')], lots: [r.smelter.lot('MS-2507-01')] },
    };
  },
});
