// Estimates (not in shared/DOMAIN.md): the catalogue's 0.05 % Pr+Nd in scrapped consumer electronics; 0.04 t of leach residue per t of e-waste.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { sell24, shaoguanRecycler } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-conservation-36',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Two hundred tonnes of scrapped phones and laptops "yield" 6 t of NdPr oxide at a Shaoguan recycler',
  does: 'On 2025-07-04 a licensed Shaoguan (Guangdong) recycler collects 200 t of scrapped consumer electronics (phones, laptops, speakers) from a Guiyu dismantling cooperative. Whole e-waste holds about 0.05 % praseodymium and neodymium, some 100 kg in the lot. On 07-18 it books a leach campaign that turns the lot into 6 t of NdPr oxide (about 5 t of Pr and Nd) and 8 t of leach residue, which goes to a licensed Shaoguan landfill; on 07-25 it sells the "recycled" oxide to the Baotou metal smelter. The oxide is privately separated ionic oxide from the Guangdong hills, bought for cash and run through the recycling books to get a recycling invoice and the comprehensive-utilisation VAT refund.',
  expect: 'A recycling campaign whose Pr and Nd output is some fifty times what its scrap held: the process, the NdPr oxide lot (and its shipment to the smelter) and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const sg = shaoguanRecycler(ctx);
    const scrapGrams = tonnes(200);
    const collect = s.collect(sg.party, 'col-2507-01', at('2025-07-04'), { id: 'EW-2507-01', product: 'eol-consumer-electronics', massGrams: scrapGrams },
      { name: '汕头潮阳贵屿废旧电器拆解合作社 (Guiyu e-waste dismantling cooperative, Shantou)' }, sg.plant);
    const oxideGrams = tonnes(6);
    const residueGrams = tonnes(8);
    const process = s.process(sg.party, 'rec-2507-01', at('2025-07-18'), [{ lot: 'EW-2507-01', massGrams: scrapGrams }], [
      { id: 'SG-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideGrams, composition: typical('oxide-ndpr', oxideGrams) },
      { id: 'SG-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: typical('slag-recycling-residue', residueGrams) },
    ], { facility: sg.plant, note: 'magnets and speakers pulled, shredded, hydrochloric leach, oxalate precipitation and calcining; plastics and boards to a WEEE processor' });
    const residue = sg.party.lot('SG-2507-RES');
    const oxide = sell24(ctx, sg.party, ctx.r.smelter, {
      lot: sg.party.lot('SG-2507-NDPR'), grams: oxideGrams, tag: 'S1', shipAt: at('2025-07-25'), receiveAt: at('2025-07-28'),
      sellerRecordsAt: at('2025-08-06', '10:00'), buyerRecordsAt: at('2025-08-07', '11:00'), note: 'recycled NdPr oxide, VAT invoice for resource comprehensive utilisation',
      sellerBefore: [collect, process, s.ship(sg.party, 'shp-2507-res', at('2025-07-22'), 'SG-2507-RES', residueGrams, sg.landfill.party, undefined, 'covered trucks')],
    });
    w.record(sg.landfill.party, at('2025-08-07', '10:00'), [
      s.receive(sg.landfill.party, 'rcv-2507-res', at('2025-07-23'), residue, residueGrams),
      s.dispose(sg.landfill.party, 'dsp-2507-res', at('2025-07-24'), residue, residueGrams, 'landfill', sg.landfill.site),
    ]);
    return {
      world: w,
      find: { parties: [sg.party.id], lots: [sg.party.lot('SG-2507-NDPR'), oxide], events: [sg.party.event('rec-2507-01'), sg.party.event('col-2507-01')] },
    };
  },
});
