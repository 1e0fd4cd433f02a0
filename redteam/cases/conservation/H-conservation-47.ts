import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-47',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A best-in-class recycler recovers 97 % of the Pr and Nd in 100 t of swarf, the top of what DOMAIN.md allows',
  does: 'The Ganzhou recycler collects 100 t of swarf from the Ningbo magnet maker on 07-08 and leaches it on 07-18, recovering 97 % of the Pr and Nd into NdPr oxide (DOMAIN.md: REO recovery from swarf can reach ~97 %), and the Dy and Tb into a heavy concentrate at 95 %; the rest stays in the residue, which it keeps at its plant. It sells 20 t of the oxide to the Baotou metal smelter.',
  expect: 'Nothing: every element out is below what came in, at a recovery the trade achieves.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const swarf = typical('scrap-ndfeb-swarf', tonnes(100));
    const ndpr = scale(pick(swarf, ['Pr', 'Nd']), 0.97);
    const hre = scale(pick(swarf, ['Tb', 'Dy']), 0.95);
    const residue = subtract(subtract(swarf, ndpr), hre);
    w.record(r.recycler, at('2025-08-07', '10:00'), [
      s.collect(r.recycler, 'col-2507-sw', at('2025-07-08'), { id: 'GZ-2507-SW', product: 'scrap-ndfeb-swarf', massGrams: tonnes(100), composition: swarf }, { name: 'Ningbo Beilun Magnetics Co.', id: r.magnets.id }, r.recyclingPlant),
      s.process(r.recycler, 'rec-2507-01', at('2025-07-18'), [{ lot: 'GZ-2507-SW', massGrams: tonnes(100) }], [
        { id: 'GZ-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'GZ-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(hre, 0.95), composition: hre },
        { id: 'GZ-2507-RES', product: 'slag-recycling-residue', massGrams: tonnes(60), composition: residue },
      ], { facility: r.recyclingPlant, note: 'HCl leach, oxalate precipitation' }),
      s.ship(r.recycler, 'shp-2507-ndpr', at('2025-07-25'), 'GZ-2507-NDPR', tonnes(20), r.smelter, 'GZ-2507-NDPR-S1', 'recycled NdPr oxide'),
    ]);
    w.record(r.smelter, at('2025-08-07', '11:00'), [s.receive(r.smelter, 'rcv-2507-gz', at('2025-07-28'), r.recycler.lot('GZ-2507-NDPR-S1'), tonnes(20))]);
    return { world: w, find: {} };
  },
});
