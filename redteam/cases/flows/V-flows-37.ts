// Estimates (not in shared/DOMAIN.md): 98.5 % recovery from metal scrap at the recycler, 1 % in a tonne of insoluble residue; 97 % at the cells (the library's oxide → metal yield).
import { defineCase } from '../../lib/case.ts';
import { at, metalMass, oxideMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-37',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'NdPr metal sent round the smelter and the recycler twice in a month as "ingot crops", each pass a "recycled" oxide and a VAT refund',
  does: 'On 2025-07-08 the Baotou metal smelter books 10 t of its June NdPr metal as "ingot crops and cell skull" and sells them to the Ganzhou recycler (received 07-11), which dissolves them on 07-14 and sells the "recycled" NdPr oxide back to the smelter (received 07-18); the smelter reduces it to metal on 07-21. On 07-24 it books 9 t of that new metal as crops again and the round repeats: recycler 07-26, oxide back on 08-03, metal again on 08-06. Both file each leg within a day or two. Nothing is scrap: the ingots are sound metal. Each pass through the recycler earns the comprehensive-utilisation VAT refund on "recycled" oxide and puts NdPr on the books as recycled feed, outside the separation quota.',
  expect: 'Metal that leaves a smelter as scrap and comes back to it as recycled oxide, twice in five weeks: the two rebookings as scrap, the scrap lots and the recycler\'s oxide lots.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    // Both parties file each leg within a day or two (weekly filing is lawful), so each receipt follows its shipment in the ledger.
    const round = (n: number, metalLot: string, grams: number, d: { crop: string; ship: string; rcv: string; leach: string; back: string; backRcv: string; reduce: string; res: string }) => {
      const scrapId = `CROP-25${n}-01`;
      const scrapShip = `${scrapId}-RC`;
      const crop = s.share(r.smelter.lot(metalLot), grams);
      w.record(r.smelter, at(d.ship.slice(0, 10), '20:00'), [
        s.process(r.smelter, `crp-25${n}`, d.crop, [{ lot: metalLot, massGrams: grams }], [{ id: scrapId, product: 'scrap-re-metal', massGrams: grams, composition: crop }], { facility: r.metalPlant, note: 'ingot crops and cell skull, to the recycler' }),
        s.ship(r.smelter, `shp-25${n}-crop`, d.ship, scrapId, grams, r.recycler, scrapShip, 'metal scrap, VAT invoice'),
      ]);
      const scrap = r.smelter.lot(scrapShip);
      const held = s.share(scrap, grams);
      const oxide = scale(held, 0.985);
      const oxideGrams = oxideMass(oxide);
      const residueGrams = tonnes(1);
      const residue = scale(held, 0.01);
      const ox = `RO-25${n}-NDPR`;
      w.record(r.recycler, at(d.leach.slice(0, 10), '20:00'), [
        s.receive(r.recycler, `rcv-25${n}-crop`, d.rcv, scrap, grams),
        s.process(r.recycler, `rec-25${n}`, d.leach, [{ lot: scrap, massGrams: grams }], [
          { id: ox, product: 'oxide-ndpr', massGrams: oxideGrams, composition: oxide },
          { id: `RO-25${n}-RES`, product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
        ], { facility: r.recyclingPlant, note: 'metal scrap dissolved in HCl, oxalate precipitation and calcining' }),
      ]);
      w.record(r.recycler, at(d.back.slice(0, 10), '20:00'), [
        s.ship(r.recycler, `shp-25${n}-ox`, d.back, ox, oxideGrams, r.smelter, undefined, 'recycled NdPr oxide, VAT refund for comprehensive utilisation'),
        s.ship(r.recycler, `shp-25${n}-res`, d.res, `RO-25${n}-RES`, residueGrams, r.disposer, undefined, 'covered truck'),
      ]);
      receiveAndDispose(ctx, d.res.slice(0, 7), r.recycler.lot(`RO-25${n}-RES`), residueGrams, `25${n}r`);
      const back = r.recycler.lot(ox);
      const metal = scale(s.share(back, oxideGrams), 0.97);
      const metalId = `MET-25${n}-R`;
      w.record(r.smelter, at(d.reduce.slice(0, 10), '20:00'), [
        s.receive(r.smelter, `rcv-25${n}-ox`, d.backRcv, back, oxideGrams),
        s.process(r.smelter, `met-25${n}-r`, d.reduce, [{ lot: back, massGrams: oxideGrams }], [{ id: metalId, product: 'metal-ndpr', massGrams: metalMass(metal), composition: metal }], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
      ]);
      return metalId;
    };
    const first = round(71, 'MET-2506-01', tonnes(10),
      { crop: at('2025-07-08'), ship: at('2025-07-09'), rcv: at('2025-07-11'), leach: at('2025-07-14'), back: at('2025-07-17'), backRcv: at('2025-07-18'), reduce: at('2025-07-21'), res: at('2025-07-17', '10:00') });
    round(72, first, tonnes(9),
      { crop: at('2025-07-24'), ship: at('2025-07-24', '15:00'), rcv: at('2025-07-26'), leach: at('2025-07-29'), back: at('2025-08-02'), backRcv: at('2025-08-03'), reduce: at('2025-08-06'), res: at('2025-08-02', '10:00') });
    return {
      world: w,
      find: {
        lots: [r.smelter.lot('CROP-2571-01'), r.smelter.lot('CROP-2572-01'), r.recycler.lot('RO-2571-NDPR'), r.recycler.lot('RO-2572-NDPR')],
        events: [r.smelter.event('crp-2571'), r.smelter.event('crp-2572')],
      },
    };
  },
});
