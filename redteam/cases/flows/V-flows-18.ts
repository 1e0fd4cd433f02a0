// Estimates (not in shared/DOMAIN.md): dissolving clean metal scrap recovers 99.5 % of its rare earths.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { metalFromBaotou, on } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-flows-18',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'The Beijing trader re-labels 10 t of new NdPr metal ingots as "rare earth metal off-cuts" and sells them to the recycler, which books recycled NdPr oxide',
  does: 'The Beijing trader buys 10 t of NdPr metal ingots from the Baotou smelter (shipped 2025-07-03, received 07-05). On 07-07 it books them into its own lot as "rare earth metal off-cuts and dross", the same 10 t, and ships them on 07-09 to the Ganzhou recycler, which receives them on 07-11 and dissolves them on 07-18 into NdPr oxide sold as recycled: oxide from scrap earns a VAT refund for comprehensive utilisation and counts as recycled content for the magnet makers\' EU customers. Everyone reports July by the 8th of August.',
  expect: 'New metal renamed scrap by a trader, so that primary rare earths come out of a recycler as recovered ones: the trader\'s renaming, the "scrap" lot and its shipment.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const metal = metalFromBaotou(ctx, r.trader, 10, 'r28-bj');
    const composition = s.share(metal.lot, metal.grams);
    const rename = s.process(r.trader, 'srt-2507-01', at('2025-07-07'), [{ lot: metal.lot, massGrams: metal.grams }], [
      { id: 'BJ-2507-SCR', product: 'scrap-re-metal', massGrams: metal.grams, composition },
    ], { note: 'sorted and repacked as rare earth metal off-cuts and dross' });
    w.record(r.trader, on('2025-08-07', '14:00'), [
      metal.receipt, rename,
      s.ship(r.trader, 'shp-2507-scr', at('2025-07-09'), 'BJ-2507-SCR', metal.grams, r.recycler, undefined, 'metal scrap in drums, by road to Ganzhou'),
    ]);
    const scrap = r.trader.lot('BJ-2507-SCR');
    const oxide = scale(composition, 0.995);
    w.record(r.recycler, on('2025-08-07', '16:00'), [
      s.receive(r.recycler, 'rcv-2507-bj', at('2025-07-11'), scrap, metal.grams),
      s.process(r.recycler, 'rec-2507-bj', at('2025-07-18'), [{ lot: scrap, massGrams: metal.grams }], [
        { id: 'GZ-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(oxide), composition: oxide },
      ], { facility: r.recyclingPlant, note: 'metal scrap dissolved in hydrochloric acid, oxalate precipitation, calcining' }),
    ]);
    return {
      world: w,
      find: { lots: [scrap], events: [r.trader.event('srt-2507-01'), r.trader.event('shp-2507-scr')] },
    };
  },
});
