import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-21',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A new electrolysis line loses 9 % in its first month, and books it as slag',
  does: 'The metal smelter commissions a new fluoride electrolysis line in July 2025 and feeds it 30 t of NdPr oxide. Start-up anode effects and a frozen bath cost it dearly: only 91 % of the rare earths come out as metal, where its old line gives 97 %. Of the rest, 7 % is tapped as 5.4 t of electrolysis slag (about 33 % RE) and booked as its own lot, sold to the Ganzhou recycler; the last 2 % is fume caught in the scrubber and in the cell lining, noted on the process.',
  expect: 'Nothing: a large loss, but declared where it went (a slag lot of ordinary grade, sold to a licensed recycler) and a small unaccounted remainder for fume, on a line in its first month.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    const oxide = r.separator.lot('SEP-2506-NDPR-S21');
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-s21', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S21')]);
    const feed = s.lot(oxide).composition;
    const metal = scale(feed, 0.91);
    const slag = scale(feed, 0.07);
    const slagGrams = massAtShare(slag, 0.33);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-s21', at('2025-07-03'), oxide, grams),
      s.process(r.smelter, 'met-2507-new', at('2025-07-16'), [{ lot: oxide, massGrams: grams }], [
        { id: 'MET-2507-N1', product: 'metal-ndpr', massGrams: metalMass(metal), composition: metal },
        { id: 'SLG-2507-N1', product: 'slag-electrolysis', massGrams: slagGrams, composition: slag },
      ], { facility: r.metalPlant, note: 'new line 3, first month: anode effects and a frozen bath on 07-09; 2 % to scrubber fume and cell lining' }),
      s.ship(r.smelter, 'shp-2507-slg', at('2025-07-25'), 'SLG-2507-N1', slagGrams, r.recycler, undefined, 'electrolysis slag sold for recovery'),
    ]);
    w.record(r.recycler, at('2025-08-08', '10:00'), [s.receive(r.recycler, 'rcv-2507-slg', at('2025-07-26'), r.smelter.lot('SLG-2507-N1'), slagGrams)]);
    return { world: w, find: {} };
  },
});
