import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { landfillResidue, recycleScrap } from '../../lib/round21.ts';

export default defineCase({
  id: 'V-time-43',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Swarf "collected from the Ningbo works" on 12 June, a fortnight before the works received its first metal',
  does: 'The Ganzhou recycler books 30 t of NdFeB grinding swarf as collected on 2025-06-12 from the Ningbo magnet maker (named by its USCC on the collection) and leaches it on 06-20 into NdPr oxide. The magnet maker\'s first NdPr metal of the year arrives only on 2025-06-29 and it sinters nothing in June: the "swarf" is neodymium from an unlicensed source, given a real scrap producer\'s name on a date when that producer had nothing to grind.',
  expect: 'Scrap collected from a named producer before the producer held any rare earth to make it from; the collection, the scrap lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    // The catalogue's typical swarf (about 24 % rare earths).
    const grams = tonnes(30);
    const re = typical('scrap-ndfeb-swarf', grams);
    const collect = s.collect(r.recycler, 'col-2506-sw', at('2025-06-12', '15:00'), { id: 'SW-NB-2506', product: 'scrap-ndfeb-swarf', massGrams: grams, composition: re }, { name: 'Ningbo Beilun Magnetics Co.', id: r.magnets.id }, r.recyclingPlant);
    const rec = recycleScrap(ctx, 'r2506', r.recycler.lot('SW-NB-2506'), grams, at('2025-06-20'), at('2025-06-23'));
    w.record(r.recycler, at('2025-07-06', '10:00'), [collect, ...rec.events]);
    landfillResidue(ctx, 'r2506', rec.residue, rec.residueGrams, '2025-06-24', '2025-06-26', at('2025-07-07', '11:00'));
    return { world: w, find: { events: [r.recycler.event('col-2506-sw')], lots: [r.recycler.lot('SW-NB-2506'), rec.ndpr], parties: [r.recycler.id] } };
  },
});
