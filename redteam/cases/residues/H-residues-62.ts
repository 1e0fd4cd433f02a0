import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-62',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Electrolysis slag bought by one recycler, half of it sold on to another with a free leaching line',
  does: 'In July 2025 the smelter smelts 30 t of NdPr oxide from the separator (shipped 07-03, received 07-04) on 07-08 at 94 %: 3 % of the NdPr stays in the fluoride slag and the rest goes up as fume and furnace losses. The slag, about 2.3 t at a third rare earths, is not radioactive and is a recycling feed; the smelter sells it to the Ganzhou recycler on 07-15 (received 07-17). The Ganzhou leaching line is booked solid with swarf, so on 07-20 it sells half the slag to a licensed recycler in Lianyungang (received 07-22). Each recycler leaches its part into NdPr oxide at 95 % (07-25 and 07-28). The slag passes through three hands in a fortnight. Everyone reports July by the 8th of August.',
  expect: 'Nothing: a non-radioactive slag that is a recycling feed, bought and processed by licensed recyclers; reselling part of it to another licensed recycler is lawful trade, and every gram is accounted for.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const second = w.party('recycler-lyg', { kind: 'enterprise', roles: ['recycler'], nameZh: '连云港稀土再生资源有限公司', nameEn: 'Lianyungang Rare Earth Renewable Resources Co.', region: '320700' });
    const licence = w.licence({ id: 'RT-REC-LYG-2024', party: second.id, activity: 'recycling', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 2_000 });
    const plant = w.facility({ id: 'plant-lianyungang-recycling', party: second.id, kind: 'plant', nameZh: '连云港回收厂', nameEn: 'Lianyungang recycling plant', region: '320700', licence });
    const oxideGrams = tonnes(30);
    w.record(r.separator, at('2025-08-04', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-03'), 'SEP-2506-NDPR', oxideGrams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const feed = s.share(oxide, oxideGrams);
    const metal = scale(feed, 0.94);
    const slag = scale(subtract(feed, metal), 0.5);
    const slagGrams = massAtShare(slag, 0.33);
    w.record(r.smelter, at('2025-08-05', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-04'), oxide, oxideGrams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-08'), [{ lot: oxide, massGrams: oxideGrams }], [
        { id: 'MET-2507-01', product: 'metal-ndpr', massGrams: Math.ceil((metal.Pr! + metal.Nd!) / 0.99), composition: metal },
        { id: 'SLG-2507-01', product: 'slag-electrolysis', massGrams: slagGrams, composition: slag },
      ], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis; bath slag tapped' }),
      s.ship(r.smelter, 'shp-2507-slg', at('2025-07-15'), 'SLG-2507-01', slagGrams, r.recycler),
    ]);
    const slagLot = r.smelter.lot('SLG-2507-01');
    const half = Math.floor(slagGrams / 2);
    const rest = slagGrams - half;
    const ownShare = s.share(slagLot, rest);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-slg', at('2025-07-17'), slagLot, slagGrams),
      s.ship(r.recycler, 'shp-2507-slg', at('2025-07-20'), slagLot, half, second, 'SLG-2507-LYG'),
    ]);
    const sold = r.recycler.lot('SLG-2507-LYG');
    const leach = (party: typeof second, id: string, day: string, lot: string, grams: number, held: ReturnType<typeof scale>, facility: string) => {
      const ndpr = pick(scale(held, 0.95), ['Pr', 'Nd']);
      return s.process(party, id, at(day), [{ lot, massGrams: grams }], [{ id: `${id.toUpperCase()}-NDPR`, product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr }], { facility, note: 'HCl leach of fluoride slag, precipitation, calcining' });
    };
    w.record(r.recycler, at('2025-08-06', '11:00'), [leach(r.recycler, 'rec-2507-slg', '2025-07-25', slagLot, rest, ownShare, r.recyclingPlant)]);
    const boughtShare = s.share(sold, half);
    w.record(second, at('2025-08-07', '10:00'), [
      s.receive(second, 'rcv-2507-slg', at('2025-07-22'), sold, half),
      leach(second, 'rec-2507-slg', '2025-07-28', sold, half, boughtShare, plant),
    ]);
    return { world: w, find: {} };
  },
});
