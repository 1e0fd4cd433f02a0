import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-50',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Praseodymium and neodymium metal reduced from single oxides the separator split',
  does: 'A Japanese customer wants praseodymium metal. On 2025-07-01 the Baotou separator runs 30 t of its June NdPr oxide through its Pr/Nd extraction cascade, making 7.1 t of praseodymium oxide and 22.5 t of neodymium oxide at 98.5 % recovery. On 07-04 it ships 6 t of Pr oxide and 20 t of Nd oxide to the metal smelter (received 07-05), which on 07-10 and 07-11 reduces each in its own cells to 4.8 t of praseodymium metal and 16.6 t of neodymium metal at 97 %. It sells 4 t of the Pr metal to the Beijing trader on 07-18 (received 07-19). Everyone reports July on time.',
  expect: 'Nothing: the split is done by the licensed separator at its licensed plant; the metal smelter only reduces single oxides to their metals, which is what its licence covers.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    const feed = r.separator.lot('SEP-2506-NDPR');
    const split = scale(s.share(feed, grams), 0.985);
    const prOxide = pick(split, ['Pr']);
    const ndOxide = pick(split, ['Nd']);
    const prLot = { id: 'SEP-2507-PR', product: 'oxide-pr', massGrams: oxideMass(prOxide), composition: prOxide };
    const ndLot = { id: 'SEP-2507-ND', product: 'oxide-nd', massGrams: oxideMass(ndOxide), composition: ndOxide };
    const prShipped = tonnes(6);
    const ndShipped = tonnes(20);
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.process(r.separator, 'sep-2507-prnd', at('2025-07-01'), [{ lot: 'SEP-2506-NDPR', massGrams: grams }], [prLot, ndLot], { facility: r.separationPlant, note: 'Pr/Nd solvent-extraction cascade' }),
      s.ship(r.separator, 'shp-2507-pr', at('2025-07-04'), prLot.id, prShipped, r.smelter, 'SEP-2507-PR-S1'),
      s.ship(r.separator, 'shp-2507-nd', at('2025-07-04'), ndLot.id, ndShipped, r.smelter, 'SEP-2507-ND-S1'),
    ]);
    const prIn = r.separator.lot('SEP-2507-PR-S1');
    const ndIn = r.separator.lot('SEP-2507-ND-S1');
    const prMetal = smelt(s.share(prIn, prShipped), 'MET-2507-PR', 'metal-pr');
    const ndMetal = smelt(s.share(ndIn, ndShipped), 'MET-2507-ND', 'metal-nd');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-pr', at('2025-07-05'), prIn, prShipped),
      s.receive(r.smelter, 'rcv-2507-nd', at('2025-07-05'), ndIn, ndShipped),
      s.process(r.smelter, 'met-2507-pr', at('2025-07-10'), [{ lot: prIn, massGrams: prShipped }], [prMetal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis, cells 1–4' }),
      s.process(r.smelter, 'met-2507-nd', at('2025-07-11'), [{ lot: ndIn, massGrams: ndShipped }], [ndMetal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis, cells 5–18' }),
      s.ship(r.smelter, 'shp-2507-prm', at('2025-07-18'), prMetal.id, tonnes(4), r.trader, 'MET-2507-PR-S1'),
    ]);
    w.record(r.trader, at('2025-08-08', '10:00'), [s.receive(r.trader, 'rcv-2507-prm', at('2025-07-19'), r.smelter.lot('MET-2507-PR-S1'), tonnes(4))]);
    return { world: w, find: {} };
  },
});
