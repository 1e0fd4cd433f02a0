import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-30',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Electrolysis slag kept five months in the smelter\'s shed, then sold to a recycler',
  does: 'The metal smelter electrolyses 30 t of NdPr oxide from the separator on 2025-07-10: 95 % of the rare earths come out as metal and 3 % as 2.3 t of fluoride electrolysis slag (33 % rare earths, not radioactive), which it bags and keeps in its slag shed. Recyclers pay for slag by the truckload, so it holds the lot until December and on 2025-12-09 sells it to the Ganzhou recycler, which receives it on 12-10. Every step is reported on time.',
  expect: 'Nothing: electrolysis slag is a rich, non-radioactive by-product and a recycling feed, not a waste awaiting disposal; holding it as stock before selling it to a licensed recycler is lawful.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const fed = s.share(oxide, grams);
    const metalComposition = scale(fed, 0.95);
    const slagComposition = scale(fed, 0.03);
    const slagGrams = Math.ceil(Object.values(slagComposition).reduce((a, b) => a + (b ?? 0), 0) / 0.33);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), oxide, grams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-10'), [{ lot: oxide, massGrams: grams }], [
        { id: 'MET-2507-01', product: 'metal-ndpr', massGrams: metalMass(metalComposition), composition: metalComposition },
        { id: 'SLG-2507-01', product: 'slag-electrolysis', massGrams: slagGrams, composition: slagComposition },
      ], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis; slag tapped and bagged' }),
    ]);
    w.record(r.smelter, at('2026-01-07', '10:00'), [s.ship(r.smelter, 'shp-2512-slg', at('2025-12-09'), 'SLG-2507-01', slagGrams, r.recycler, undefined, 'bagged electrolysis slag, July campaign')]);
    w.record(r.recycler, at('2026-01-08', '10:00'), [s.receive(r.recycler, 'rcv-2512-slg', at('2025-12-10'), r.smelter.lot('SLG-2507-01'), slagGrams)]);
    return { world: w, find: {} };
  },
});
