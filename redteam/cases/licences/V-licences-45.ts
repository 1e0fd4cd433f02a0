import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recyclingResidueGrams } from '../../lib/round21.ts';

export default defineCase({
  id: 'V-licences-45',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'The Beijing trader buys 60 t of swarf from Ningbo workshops and leaches it itself in a rented Tianjin tank line, with no recycling licence',
  does: 'The Beijing trader collects 60 t of NdFeB grinding swarf from two Ningbo machining workshops on 2025-07-08 and, instead of selling it to a licensed recycler, leaches it on 07-20 in a tank line it rents in a Tianjin chemical park, recovering 92 % of its Pr and Nd as NdPr oxide. The leach residue stays in the rented yard. Comprehensive utilisation is an activity the regulations reserve for designated enterprises.',
  expect: 'Recycling (leaching scrap into oxide) by a party with no recycling licence; the leach, the oxide lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(60);
    const collect = s.collect(r.trader, 'col-2507-sw', at('2025-07-08'), { id: 'SW-2507-NB', product: 'scrap-ndfeb-swarf', massGrams: grams, composition: typical('scrap-ndfeb-swarf', grams) }, { name: 'Ningbo Zhenhai and Yinzhou magnet machining workshops' });
    const ndpr = pick(scale(s.lot(r.trader.lot('SW-2507-NB')).composition, 0.92), ['Pr', 'Nd']);
    const residueGrams = recyclingResidueGrams(grams);
    w.record(r.trader, at('2025-08-07', '10:00'), [
      collect,
      s.process(r.trader, 'lch-2507-tj', at('2025-07-20'), [{ lot: 'SW-2507-NB', massGrams: grams }], [
        { id: 'TJ-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'TJ-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: typical('slag-recycling-residue', residueGrams) },
      ], { note: 'rented tank line, Tianjin Nangang chemical park' }),
    ]);
    return { world: w, find: { events: [r.trader.event('lch-2507-tj')], lots: [r.trader.lot('TJ-2507-NDPR')], parties: [r.trader.id] } };
  },
});
