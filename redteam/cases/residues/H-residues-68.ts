import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { addLandfill } from '../../lib/round10.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-68',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'The metal smelter sends its electrolysis slag to the licensed industrial landfill the day after the campaign',
  does: 'The Baotou metal smelter buys 40 t of NdPr oxide from the separator (shipped 2025-07-03, received 07-04) and on 07-10 reduces it at 95 %, booking 3 % of the Pr and Nd in about 3.1 t of fluoride electrolysis slag (the other 2 % lost to fume and the cell). No recycler bids for so small a lot, so on 07-11 it sends the slag to a Baotou industrial landfill licensed for electrolysis slag (received 07-12, landfilled 07-13). Everyone reports July by the 7th of August.',
  expect: 'Nothing: a non-radioactive slag, carrying the Pr and Nd electrolysis slag carries, disposed of at once by a disposer licensed for it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { landfill, landfillSite } = addLandfill(ctx);
    const grams = tonnes(40);
    const oxide = sell(ctx, r.separator, r.smelter, {
      lot: 'SEP-2506-NDPR', grams, shipmentLot: 'SEP-2506-NDPR-S2', shipId: 'shp-2507-ndpr', receiveId: 'rcv-2507-ndpr',
      shippedAt: at('2025-07-03'), receivedAt: at('2025-07-04'), sellerRecordsAt: at('2025-08-06', '10:00'), buyerRecordsAt: at('2025-08-07', '09:00'),
    });
    const feed = s.share(oxide, grams);
    const metal = smelt(feed, 'MET-2507-01', 'metal-ndpr', 0.95);
    const slagComp = scale(subtract(feed, metal.composition!), 0.6);
    const slagGrams = massAtShare(slagComp, 0.33);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.process(r.smelter, 'met-2507-01', at('2025-07-10'), [{ lot: oxide, massGrams: grams }], [metal, { id: 'SLG-2507-01', product: 'slag-electrolysis', massGrams: slagGrams, composition: slagComp }], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis; slag skimmed at the campaign end' }),
      s.ship(r.smelter, 'shp-2507-slg', at('2025-07-11'), 'SLG-2507-01', slagGrams, landfill, undefined, 'bagged slag, covered truck'),
    ]);
    const slag = r.smelter.lot('SLG-2507-01');
    w.record(landfill, at('2025-08-07', '12:00'), [
      s.receive(landfill, 'rcv-2507-slg', at('2025-07-12'), slag, slagGrams),
      s.dispose(landfill, 'dsp-2507-slg', at('2025-07-13'), slag, slagGrams, 'landfill', landfillSite),
    ]);
    return { world: w, find: {} };
  },
});
