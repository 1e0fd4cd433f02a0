// Estimates (not in shared/DOMAIN.md): strip casting keeps 98.2 % of the metal's rare earths in the
// flakes, 1.5 % in crucible skulls and ingot ends (metal scrap at 80 % rare earths, the catalogue's
// grade), the rest dross; dissolving the skulls recovers 98 %.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, oxideMass, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-flows-18',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'The Ningbo magnet maker sells 0.37 t of crucible skulls and ingot ends from its strip caster to the Ganzhou recycler',
  does: 'The Ningbo magnet maker melts the 20 t of NdPr metal it received in June in its strip caster on 2025-07-05. The melt leaves crucible skulls and ingot ends, 1.5 % of the metal\'s rare earths, which it books as rare earth metal scrap and sells to the Ganzhou recycler (shipped 07-20, received 07-22); the recycler dissolves them on 07-28 into NdPr oxide. Both report July by the 9th of August.',
  expect: 'Nothing: real metal scrap of a magnet maker\'s melt, in the proportion a melt leaves, going to a licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = s.lot(june.metalShipment).massGrams;
    const feed = s.share(june.metalShipment, grams);
    const flakes = scale(feed, 0.982);
    const skulls = scale(feed, 0.015);
    const skullGrams = massAtShare(skulls, 0.8);
    w.record(r.magnets, on('2025-08-08'), [
      s.process(r.magnets, 'sc-2507-01', at('2025-07-05'), [{ lot: june.metalShipment, massGrams: grams }], [
        { id: 'SC-2507-01', product: 'alloy-ndfeb-strip', massGrams: massAtShare(flakes, 0.3), composition: flakes },
        { id: 'SK-2507-01', product: 'scrap-re-metal', massGrams: skullGrams, composition: skulls },
      ], { facility: r.magnetPlant, note: 'vacuum induction melting with iron and ferroboron, strip casting; crucible skulls and ingot ends kept' }),
      s.ship(r.magnets, 'shp-2507-sk', at('2025-07-20'), 'SK-2507-01', skullGrams, r.recycler, undefined, 'skulls and ingot ends in drums'),
    ]);
    const lot = r.magnets.lot('SK-2507-01');
    const oxide = scale(skulls, 0.98);
    w.record(r.recycler, on('2025-08-09'), [
      s.receive(r.recycler, 'rcv-2507-sk', at('2025-07-22'), lot, skullGrams),
      s.process(r.recycler, 'rec-2507-sk', at('2025-07-28'), [{ lot, massGrams: skullGrams }], [
        { id: 'GZ-2507-SK-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(oxide), composition: oxide },
      ], { facility: r.recyclingPlant, note: 'metal scrap dissolved in hydrochloric acid, oxalate precipitation, calcining' }),
    ]);
    return { world: w, find: {} };
  },
});
