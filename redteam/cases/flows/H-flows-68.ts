import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-68',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'NdPr metal corroded in a flooded store goes back up the chain: scrap to the recycler, oxide to the smelter',
  does: 'A July cloudburst floods the Ningbo magnet maker\'s raw-material store; 3 t of its June NdPr metal ingots stand in water for two days and corrode. On 2025-07-12 it books them as rare earth metal scrap (3.6 t with the hydroxide crust, the same Pr and Nd) and sells them to the Ganzhou recycler (shipped 07-15, received 07-17), which dissolves them on 07-21 into NdPr oxide at 97 %, sends its small leach residue to the licensed store on 07-23, and sells the oxide to the Baotou metal smelter on 08-05 (received 08-06). Metal going back to a recycler and coming out as oxide looks like laundering; here it is damaged stock. Everyone reports on time.',
  expect: 'Nothing: corroded metal is scrap a recycler may take; the Pr and Nd are the same at every step, less normal losses.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const metalGrams = tonnes(3);
    const comp = s.share(june.metalShipment, metalGrams);
    const scrapGrams = massAtShare(comp, 0.825);
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      s.process(r.magnets, 'dmg-2507-01', at('2025-07-12'), [{ lot: june.metalShipment, massGrams: metalGrams }], [
        { id: 'SCR-2507-01', product: 'scrap-re-metal', massGrams: scrapGrams, composition: { ...comp } },
      ], { facility: r.magnetPlant, note: 'flood damage 07-08: ingots corroded, written down to scrap; insurer\'s survey NB-2025-0710' }),
      s.ship(r.magnets, 'shp-2507-scr', at('2025-07-15'), 'SCR-2507-01', scrapGrams, r.recycler),
    ]);
    const scrap = r.magnets.lot('SCR-2507-01');
    const feed = s.share(scrap, scrapGrams);
    const oxide = pick(scale(feed, 0.97), ['Pr', 'Nd']);
    const oxideGrams = oxideMass(oxide);
    const resGrams = tonnes(0.8);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-scr', at('2025-07-17'), scrap, scrapGrams),
      s.process(r.recycler, 'lch-2507-scr', at('2025-07-21'), [{ lot: scrap, massGrams: scrapGrams }], [
        { id: 'ROX-2507-01', product: 'oxide-ndpr', massGrams: oxideGrams, composition: oxide },
        { id: 'RRES-2507-01', product: 'slag-recycling-residue', massGrams: resGrams, composition: subtract(feed, oxide) },
      ], { facility: r.recyclingPlant, note: 'HCl dissolution, solvent extraction clean-up, oxalate precipitation, calcining' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-23'), 'RRES-2507-01', resGrams, r.disposer, undefined, 'covered truck'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot('RRES-2507-01'), resGrams, '2507-rec');
    sell(ctx, r.recycler, r.smelter, {
      lot: 'ROX-2507-01', grams: oxideGrams, shipmentLot: 'ROX-2507-01-S1', shipId: 'shp-2508-rox', receiveId: 'rcv-2508-rox',
      shippedAt: at('2025-08-05'), receivedAt: at('2025-08-06'), sellerRecordsAt: at('2025-09-06', '10:00'), buyerRecordsAt: at('2025-09-07', '10:00'),
    });
    return { world: w, find: {} };
  },
});
