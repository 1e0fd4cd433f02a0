import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { landfillResidue } from '../../lib/round21.ts';

export default defineCase({
  id: 'V-residues-44',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A recycler leaches 300 t of swarf and books 21 t of leach residue: the iron sludge goes down the storm drain',
  does: 'The Ganzhou recycler collects 300 t of NdFeB grinding swarf from a Ningbo machining workshop on 2025-07-02 and leaches it on 07-10, recovering 95 % of its Pr, Nd, Dy and Tb. The swarf is two-thirds iron, which a hydrochloric leach leaves as iron hydroxide sludge (some 0.7 t a tonne of swarf, an estimate); the recycler books only 21 t of leach residue, 0.07 t a tonne, and sends that to the licensed landfill. The rest of the sludge, with the 5 % of rare earths not recovered, is flushed into the Zhang river at night.',
  expect: 'A leach residue a tenth of what the scrap leached must leave; the recycler\'s leach, its residue lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(300);
    const collect = s.collect(r.recycler, 'col-2507-sw', at('2025-07-02'), { id: 'SW-2507-ZH', product: 'scrap-ndfeb-swarf', massGrams: grams, composition: typical('scrap-ndfeb-swarf', grams) }, { name: 'Ningbo Zhenhai precision magnet machining workshop' }, r.recyclingPlant);
    const recovered = scale(s.lot(r.recycler.lot('SW-2507-ZH')).composition, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Tb', 'Dy']);
    const residueGrams = tonnes(21);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-sw', at('2025-07-10'), [{ lot: 'SW-2507-ZH', massGrams: grams }], [
        { id: 'RO-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
        { id: 'RO-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: typical('slag-recycling-residue', residueGrams) },
      ], { facility: r.recyclingPlant, note: 'hydrochloric leach, oxalate precipitation, calcining' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-15'), 'RO-2507-RES', residueGrams, r.disposer),
    ]);
    landfillResidue(ctx, 'r2507', r.recycler.lot('RO-2507-RES'), residueGrams, '2025-07-16', '2025-07-18', at('2025-08-07', '11:00'));
    return { world: w, find: { events: [r.recycler.event('rec-2507-sw')], lots: [r.recycler.lot('RO-2507-RES')], parties: [r.recycler.id] } };
  },
});
