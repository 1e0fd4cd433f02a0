import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes, totalGrams } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-70',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'NdPr metal booked as if the oxide were metal: the oxide factor "forgotten" at the electrolysis cells',
  does: 'In July 2025 the Baotou metal smelter buys 40 t of 99 % NdPr oxide from the separator (shipped 07-08, received 07-09). Forty tonnes of Pr6O11/Nd2O3 hold about 33.7 t of rare earth metal, so at the usual 97 % yield the cells should give some 32.7 t of metal. The smelter books 38.8 t (38.4 t of NdPr in it): 97 % of the oxide\'s mass, as if oxide and metal weighed the same. The extra 5.7 t is metal from two unlicensed back-yard cells in Shiguai fed with smuggled oxide; it leaves with the rest, 38 t shipped to the Ningbo magnet maker on 07-25. Everyone reports on time.',
  expect: 'More neodymium and praseodymium out of the electrolysis than went in (about 114 % of the oxide\'s metal content, where a yield cannot pass 100 %): the smelter\'s July process, its metal lot and the smelter\'s balance.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const oxideGrams = tonnes(40);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-08'), 'SEP-2506-NDPR', oxideGrams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const held = s.lot(oxide).composition;
    // The fraud: 97 % of the oxide lot's RE oxide mass (99 % of 40 t) booked as metal.
    const booked = scale(held, (0.97 * 0.99 * oxideGrams) / totalGrams(held));
    const metal = { id: 'MET-2507-01', product: 'metal-ndpr', massGrams: metalMass(booked), composition: booked };
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-09'), oxide, oxideGrams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-15'), [{ lot: oxide, massGrams: oxideGrams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis, cells 1–12' }),
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-25'), metal.id, tonnes(38), r.magnets, 'MET-2507-01-S1'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-26'), r.smelter.lot('MET-2507-01-S1'), tonnes(38))]);
    return {
      world: w,
      find: { events: [r.smelter.event('met-2507-01')], lots: [r.smelter.lot(metal.id)], parties: [r.smelter.id] },
    };
  },
});
