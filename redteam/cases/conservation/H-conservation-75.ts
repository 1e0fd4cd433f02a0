import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, metalMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-75',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Ingot ends cropped from NdPr metal, booked as metal scrap and sold to the recycler',
  does: 'Before a customer audit the Baotou smelter crops the oxidised ends off 29 t of its June NdPr ingots on 2025-07-15: 98.6 % of the rare earths stay in the trimmed ingots, 1.4 % go into crops and dross booked as rare earth metal scrap (90 % rare earths, an estimate: an oxide skin). The scrap is shipped to the Ganzhou recycler on 07-20 and received on 07-22. Reported on time.',
  expect: 'Nothing: the ingots and the scrap together hold exactly the rare earths of the metal cropped, and the scrap goes to a licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const metalId = june.metal.split(':')[1]!;
    const input = tonnes(29);
    const feed = s.share(june.metal, input);
    const kept = scale(feed, 0.986);
    const crops = subtract(feed, kept);
    const cropGrams = massAtShare(crops, 0.9);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'crp-2507-01', at('2025-07-15'), [{ lot: metalId, massGrams: input }], [
        { id: 'MET-2507-TRIM', product: 'metal-ndpr', massGrams: metalMass(kept), composition: kept },
        { id: 'CRP-2507-01', product: 'scrap-re-metal', massGrams: cropGrams, composition: crops },
      ], { facility: r.metalPlant, note: 'oxidised ingot ends cropped by band saw' }),
      s.ship(r.smelter, 'shp-2507-crp', at('2025-07-20'), 'CRP-2507-01', cropGrams, r.recycler),
    ]);
    w.record(r.recycler, at('2025-08-08', '10:00'), [s.receive(r.recycler, 'rcv-2507-crp', at('2025-07-22'), r.smelter.lot('CRP-2507-01'), cropGrams)]);
    return { world: w, find: {} };
  },
});
