import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-47',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A recycler books 30 t of NdPr oxide "recovered" from 100 t of magnet swarf that holds 22 t of Pr and Nd',
  does: 'The Ganzhou recycler buys NdPr oxide made from undeclared clay and quota-free feed, and launders it as recycled output: it collects 100 t of swarf from the Ningbo magnet maker on 07-08 and books on 07-18 a leach run that gives 35 t of NdPr oxide, about 30 t of Pr and Nd, where the swarf held about 22 t, and sells 30 t of the oxide to the Baotou metal smelter as recycled.',
  expect: 'Output rare earth above the input, beyond any recovery: the recycler\'s process, its NdPr oxide lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const swarf = typical('scrap-ndfeb-swarf', tonnes(100));
    const ndprIn = pick(swarf, ['Pr', 'Nd']);
    const claimed = scale(ndprIn, 1.36);
    const residue = subtract(swarf, ndprIn);
    w.record(r.recycler, at('2025-08-07', '10:00'), [
      s.collect(r.recycler, 'col-2507-sw', at('2025-07-08'), { id: 'GZ-2507-SW', product: 'scrap-ndfeb-swarf', massGrams: tonnes(100), composition: swarf }, { name: 'Ningbo Beilun Magnetics Co.', id: r.magnets.id }, r.recyclingPlant),
      s.process(r.recycler, 'rec-2507-01', at('2025-07-18'), [{ lot: 'GZ-2507-SW', massGrams: tonnes(100) }], [
        { id: 'GZ-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(claimed), composition: claimed },
        { id: 'GZ-2507-RES', product: 'slag-recycling-residue', massGrams: tonnes(60), composition: residue },
      ], { facility: r.recyclingPlant, note: 'HCl leach, oxalate precipitation' }),
      s.ship(r.recycler, 'shp-2507-ndpr', at('2025-07-25'), 'GZ-2507-NDPR', tonnes(30), r.smelter, 'GZ-2507-NDPR-S1', 'recycled NdPr oxide'),
    ]);
    w.record(r.smelter, at('2025-08-07', '11:00'), [s.receive(r.smelter, 'rcv-2507-gz', at('2025-07-28'), r.recycler.lot('GZ-2507-NDPR-S1'), tonnes(30))]);
    return { world: w, find: { parties: [r.recycler.id], events: [r.recycler.event('rec-2507-01')], lots: [r.recycler.lot('GZ-2507-NDPR')] } };
  },
});
