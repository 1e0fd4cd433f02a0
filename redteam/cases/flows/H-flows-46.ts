import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes, totalGrams } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-46',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Molten-salt electrolysis slag sold from a Baotou metal smelter through a trader to a Ganzhou recycler',
  does: 'The Baotou separator sells a further 30 t of NdPr oxide to the metal smelter (07-03). The smelter electrolyses it (07-10) into metal and 2.4 t of fluoride electrolysis slag holding about 3 % of the feed\'s rare earths, some 30 % RE by mass (estimates). The slag, a recognised secondary feed and not a mineral product, goes through the Beijing trader to the Ganzhou recycler (07-20 / 07-25), which leaches it into NdPr oxide at 92 % (an estimate).',
  expect: 'Nothing: a recycler may process smelting slag and scrap; only ore and concentrate are barred to it, and every leg is received and reported.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-03'), lots.ndprOxide, tonnes(30), r.smelter, 'SEP-2506-NDPR-S2'),
    ]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const feed = s.lot(oxide).composition;
    const metal = scale(feed, 0.94);
    const slag = scale(feed, 0.03);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-04'), oxide, tonnes(30)),
      s.process(r.smelter, 'met-2507-01', at('2025-07-10'), [{ lot: oxide, massGrams: tonnes(30) }], [
        { id: 'MET-2507-01', product: 'metal-ndpr', massGrams: Math.ceil(totalGrams(metal) / 0.99), composition: metal },
        { id: 'ES-2507-01', product: 'slag-electrolysis', massGrams: tonnes(2.4), composition: slag },
      ], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis; cell slag skimmed' }),
      s.ship(r.smelter, 'shp-2507-es', at('2025-07-20'), 'ES-2507-01', tonnes(2.4), r.trader),
    ]);
    const slagLot = r.smelter.lot('ES-2507-01');
    w.record(r.trader, at('2025-08-07', '11:00'), [
      s.receive(r.trader, 'rcv-2507-es', at('2025-07-21'), slagLot, tonnes(2.4)),
      s.ship(r.trader, 'shp-2507-es', at('2025-07-25'), slagLot, tonnes(2.4), r.recycler),
    ]);
    const recovered = scale(pick(slag, ['Pr', 'Nd']), 0.92);
    w.record(r.recycler, at('2025-08-08', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-es', at('2025-07-27'), slagLot, tonnes(2.4)),
      s.process(r.recycler, 'rec-2507-es', at('2025-07-30'), [{ lot: slagLot, massGrams: tonnes(2.4) }], [
        { id: 'GZ-2507-ES-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(recovered), composition: recovered },
      ], { facility: r.recyclingPlant, note: 'electrolysis slag leach' }),
    ]);
    return { world: w, find: {} };
  },
});
