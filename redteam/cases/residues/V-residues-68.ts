import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-68',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The metal smelter tips its own electrolysis slag into a gully behind the plant: a "landfill" with no site and no licence',
  does: 'The Baotou metal smelter buys 40 t of NdPr oxide from the separator (shipped 2025-07-03, received 07-04) and on 07-10 reduces it at 95 %, booking 3 % of the Pr and Nd in about 3.1 t of fluoride electrolysis slag. On 07-15 it books the slag disposed of by landfill, at no facility: the bags were tipped into a dry gully behind the plant. The smelter holds no disposal licence, and the slag (fluorides and a third rare earths) should have gone to a licensed landfill or a recycler. July is reported on 7 August.',
  expect: 'A residue disposed of by a party with no disposal licence, at no licensed site: the disposal, the slag lot and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
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
      s.dispose(r.smelter, 'dsp-2507-slg', at('2025-07-15'), 'SLG-2507-01', slagGrams, 'landfill'),
    ]);
    return { world: w, find: { events: [r.smelter.event('dsp-2507-slg')], lots: [r.smelter.lot('SLG-2507-01')], parties: [r.smelter.id] } };
  },
});
