// Estimates (not in shared/DOMAIN.md): 78 % of the metal's rare earths into magnets and 20 % into
// grinding swarf (DOMAIN.md: scrap is 25–30 % of magnet output); swarf leached at 95 %; residue 0.9 t
// per t of swarf.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cappedMix, metalFromBaotou, on, sinterLots, tianjin } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-licences-16',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Tianjin magnet works leaches its own grinding swarf back into NdPr oxide in a back-shed line, with no recycling licence',
  does: 'A Tianjin sintered NdFeB works buys 25 t of NdPr metal from the Baotou smelter (shipped 2025-07-03, received 07-05) and sinters it on 07-10 into magnets and 22 t of grinding swarf. Rather than sell the swarf to a licensed recycler, it runs it on 07-25 through an acid leach and oxalate line it set up in a back shed of its own plant, and books 4.7 t of NdPr oxide and an iron-rich leach residue, kept in its yard. It holds no recycling licence. It reports July on 08-08.',
  expect: 'Recovery of rare earths from scrap (comprehensive utilisation) by a party with no recycling licence: the leach, its oxide lot and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const tj = tianjin(ctx);
    const metal = metalFromBaotou(ctx, tj.party, 25, 'r28-tj');
    const feed = s.share(metal.lot, metal.grams);
    const lots = sinterLots(feed, '2507', { intoMagnets: 0.78, intoSwarf: 0.2 });
    const sinter = s.process(tj.party, 'sin-2507-01', at('2025-07-10'), [{ lot: metal.lot, massGrams: metal.grams }], lots, { facility: tj.plant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing, sintering, machining' });
    const swarf = lots[1]!;
    const recovered = scale(swarf.composition!, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const residueGrams = Math.round(swarf.massGrams * 0.9);
    const leach = s.process(tj.party, 'rec-2507-01', at('2025-07-25'), [{ lot: swarf.id, massGrams: swarf.massGrams }], [
      { id: 'TJ-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
      { id: 'TJ-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: cappedMix('slag-recycling-residue', residueGrams, subtract(swarf.composition!, recovered)) },
    ], { facility: tj.plant, note: 'swarf oxidised, hydrochloric acid leach, oxalate precipitation and calcining in the back-shed line' });
    w.record(tj.party, on('2025-08-08'), [metal.receipt, sinter, leach]);
    return {
      world: w,
      find: { parties: [tj.party.id], lots: [tj.party.lot('TJ-2507-NDPR')], events: [tj.party.event('rec-2507-01')] },
    };
  },
});
