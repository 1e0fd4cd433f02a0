// Estimates (not in shared/DOMAIN.md): 2.5 % of the rare earths to electrolysis slag at 33 % RE (round16's); 96 % recovery from slag at the recycler; 0.6 t of leach residue a tonne of slag.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, subtract } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { smelterCampaignWithSlag } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-flows-37',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'The Baotou smelter\'s electrolysis slag goes to the Ganzhou recycler, and the NdPr oxide recovered from it comes back to the smelter',
  does: 'The Baotou metal smelter runs 30 t of the separator\'s NdPr oxide through its cells on 2025-07-10; 2.5 % of the rare earths end in fluoride slag skimmed from the cells, about 1.9 t at a third rare earths. It sells the slag to the Ganzhou recycler (shipped 07-15, received 07-17), which leaches it on 07-21 and recovers 96 % of its Pr and Nd as NdPr oxide; the leach residue goes to the licensed store (07-24). Under its standing purchase contract the recycler sells the 0.7 t of recycled oxide back to the smelter (shipped 07-30, received 08-01), which keeps it for its next campaign. Once, openly, and with the slag\'s own mass and losses.',
  expect: 'Nothing: a smelter\'s true residue recycled by a licensed recycler and bought back as feed is ordinary closed-loop recovery, not a round trip of the same material.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const campaign = smelterCampaignWithSlag(ctx, june.ndprOxide);
    w.record(r.smelter, at('2025-08-06', '12:00'), [
      ...campaign.events,
      s.ship(r.smelter, 'shp-2507-slag', at('2025-07-15'), campaign.slag, campaign.slagGrams, r.recycler, undefined, 'drummed cell slag'),
    ]);
    const slag = r.smelter.lot(campaign.slag);
    const held = s.share(slag, campaign.slagGrams);
    const oxide = scale(held, 0.96);
    const oxideGrams = oxideMass(oxide);
    const residueGrams = Math.round(campaign.slagGrams * 0.6);
    w.record(r.recycler, at('2025-08-06', '15:00'), [
      s.receive(r.recycler, 'rcv-2507-slag', at('2025-07-17'), slag, campaign.slagGrams),
      s.process(r.recycler, 'rec-2507-slag', at('2025-07-21'), [{ lot: slag, massGrams: campaign.slagGrams }], [
        { id: 'RS-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideGrams, composition: oxide },
        { id: 'RS-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: subtract(held, oxide) },
      ], { facility: r.recyclingPlant, note: 'fluoride slag roasted with sulphuric acid, water leach, oxalate precipitation and calcining' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-24'), 'RS-2507-RES', residueGrams, r.disposer, undefined, 'covered truck'),
      s.ship(r.recycler, 'shp-2507-rs', at('2025-07-30'), 'RS-2507-NDPR', oxideGrams, r.smelter, undefined, 'recycled NdPr oxide from the smelter\'s own slag'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot('RS-2507-RES'), residueGrams, '2507r');
    w.record(r.smelter, at('2025-09-05', '10:00'), [s.receive(r.smelter, 'rcv-2508-rs', at('2025-08-01'), r.recycler.lot('RS-2507-NDPR'), oxideGrams)]);
    return { world: w, find: {} };
  },
});
