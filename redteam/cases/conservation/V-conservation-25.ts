// Estimates (not in shared/DOMAIN.md): the catalogue's rare earth content of scrapped consumer electronics (0.05 %); a leach residue of 12 t from the magnet fraction.
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { chongqing, filed, landfills } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-conservation-25',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Chongqing recycler gets 2.4 t of NdPr oxide out of 500 t of scrapped phones and laptops, which held a quarter of a tonne of praseodymium and neodymium',
  does: 'A licensed Chongqing recycler collects 500 t of scrapped phones, laptops and small appliances from a Yubei dismantler on 2025-07-03. On 07-18 it books the hand-picked magnet fraction (speakers, vibration motors, hard-drive voice coils) leached into 2.4 t of NdPr oxide, and a 12 t leach residue sent to the licensed landfill. Such scrap holds about 0.05 % rare earths, some 250 kg of Pr and Nd in 500 t; the other 1.8 t of NdPr in the oxide is oxide bought for cash from an unlicensed Sichuan workshop, passed off as recycled to sell with the recycled-content premium. It ships 2.3 t of the "recycled" oxide to the Baotou smelter on 07-25.',
  expect: 'Recovered NdPr oxide holding some eight times the Pr and Nd of the scrap it came from: the leach, the oxide lot, the scrap lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const cq = chongqing(ctx);
    const scrapGrams = tonnes(500);
    const collect = s.collect(cq.party, 'col-2507-ew', at('2025-07-03'), { id: 'EW-2507-01', product: 'eol-consumer-electronics', massGrams: scrapGrams },
      { name: '重庆渝北报废电器电子产品拆解处理有限公司 (Chongqing Yubei WEEE Dismantling Co.)', id: outsideCode('r25-cq-weee', '500000') }, cq.plant);
    const held = s.lot(cq.party.lot('EW-2507-01')).composition;
    const oxideGrams = tonnes(2.4);
    const oxide = typical('oxide-ndpr', oxideGrams);
    const residueGrams = tonnes(12);
    const residue = scale(held, 0.04);
    w.record(cq.party, filed('2025-08-06'), [
      collect,
      s.process(cq.party, 'rec-2507-ew', at('2025-07-18'), [{ lot: 'EW-2507-01', massGrams: scrapGrams }], [
        { id: 'CQ-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideGrams, composition: oxide },
        { id: 'CQ-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: cq.plant, note: 'manual dismantling, magnet fraction hand-picked (speakers, vibration motors, voice-coil magnets), demagnetised, hydrochloric leach, oxalate precipitation and calcining; boards, plastics and metals sold to licensed processors' }),
      s.ship(cq.party, 'shp-2507-res', at('2025-07-22'), 'CQ-2507-RES', residueGrams, cq.landfill, undefined, 'covered trucks'),
      s.ship(cq.party, 'shp-2507-ndpr', at('2025-07-25'), 'CQ-2507-NDPR', tonnes(2.3), r.smelter, 'CQ-2507-NDPR-S1', 'recycled PrNd oxide, 1 t bags'),
    ]);
    landfills(ctx, cq, '2507', cq.party.lot('CQ-2507-RES'), residueGrams, at('2025-07-23'), at('2025-07-24'), filed('2025-08-07'));
    w.record(r.smelter, filed('2025-08-07', '11:00'), [s.receive(r.smelter, 'rcv-2507-cqndpr', at('2025-07-28'), cq.party.lot('CQ-2507-NDPR-S1'), tonnes(2.3))]);
    return {
      world: w,
      find: {
        parties: [cq.party.id],
        lots: [cq.party.lot('CQ-2507-NDPR'), cq.party.lot('EW-2507-01'), cq.party.lot('CQ-2507-NDPR-S1')],
        events: [cq.party.event('rec-2507-ew')],
      },
    };
  },
});
