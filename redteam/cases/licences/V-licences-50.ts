import { defineCase } from '../../lib/case.ts';
import { at, metalMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-50',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A metal smelter splits NdPr oxide into praseodymium and neodymium metal',
  does: 'Praseodymium metal sells at a premium to NdPr metal. The Baotou metal smelter, licensed for metal smelting only, buys 30 t of NdPr oxide from the separator on 2025-07-02 (received 07-03), and on 07-10 books one campaign that turns it into 5.8 t of praseodymium metal and 19.0 t of neodymium metal, 97 % of each element. Pr and Nd sit side by side in the oxide and no electrolysis cell parts them: the split was done on a small solvent-extraction skid the smelter set up behind its electrolysis hall, a separation step for which it holds neither a separation licence nor a quota. It sells 5 t of the Pr metal to the Beijing trader on 07-18 (received 07-19). July is reported on time.',
  expect: 'Separation by a party licensed only for metal smelting: single-element metals made from a mixed NdPr oxide, which needs a separation licence; the campaign, the Pr and Nd metal lots and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const reduced = scale(s.share(oxide, grams), 0.97);
    const pr = pick(reduced, ['Pr']);
    const nd = pick(reduced, ['Nd']);
    const prLot = { id: 'MET-2507-PR', product: 'metal-pr', massGrams: metalMass(pr), composition: pr };
    const ndLot = { id: 'MET-2507-ND', product: 'metal-nd', massGrams: metalMass(nd), composition: nd };
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), oxide, grams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-10'), [{ lot: oxide, massGrams: grams }], [prLot, ndLot], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis, Pr cells 1–4 and Nd cells 5–18' }),
      s.ship(r.smelter, 'shp-2507-pr', at('2025-07-18'), prLot.id, tonnes(5), r.trader, 'MET-2507-PR-S1'),
    ]);
    w.record(r.trader, at('2025-08-08', '10:00'), [s.receive(r.trader, 'rcv-2507-pr', at('2025-07-19'), r.smelter.lot('MET-2507-PR-S1'), tonnes(5))]);
    return {
      world: w,
      find: { events: [r.smelter.event('met-2507-01')], lots: [r.smelter.lot(prLot.id), r.smelter.lot(ndLot.id)], parties: [r.smelter.id] },
    };
  },
});
