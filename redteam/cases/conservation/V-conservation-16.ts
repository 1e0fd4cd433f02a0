// Estimates (not in shared/DOMAIN.md): spent NiMH cells at the catalogue's battery grade (8.6 % rare
// earths); a sulfuric leach with double-sulfate precipitation recovers some 92 % of them; leach
// residue 0.35 t per t of batteries; the off-book feed is Bayan Obo concentrate at 50 % REO.
import { defineCase } from '../../lib/case.ts';
import { add, at, pick, scale, subtract, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cappedMix, hefeiCollector, nimhOxides, nimhResidueGrams, on, xinyu, xinyuLandfill } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-conservation-16',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Xinyu NiMH battery recycler books 1.7 times the rare earths its 400 t of spent batteries held: 70 t of private-pit concentrate went into the leach tanks',
  does: 'A Xinyu (Jiangxi) recycler of spent nickel–metal hydride batteries collects 400 t of cells from a Hefei collector on 2025-08-05, some 34 t of rare earths at the usual 8.6 %. Recyclers may not buy mineral products, but in August it buys 70 t of Bayan Obo-type concentrate for cash from a private pit and tips it into the sulfuric leach with the cells. Its leach of 08-18 books 58 t of rare earths in La–Ce oxide and NdPr oxide, 23 t more than the cells held, the residue going to the licensed Xinyu landfill. It reports August on 09-05.',
  expect: 'A recycling campaign whose oxides hold far more lanthanum, cerium, praseodymium and neodymium than its feed: the leach, its oxide lots and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xy = xinyu(ctx);
    const lf = xinyuLandfill(ctx);
    const cellsGrams = tonnes(400);
    const collect = s.collect(xy.party, 'col-2508-01', at('2025-08-05'), { id: 'NIMH-2508-01', product: 'eol-nimh-battery', massGrams: cellsGrams }, hefeiCollector(), xy.plant);
    const cells = { ...s.lot(xy.party.lot('NIMH-2508-01')).composition };
    const fromCells = scale(cells, 0.92);
    const offBook = scale(pick(typical('concentrate-bayan-obo', tonnes(70)), ['La', 'Ce', 'Pr', 'Nd']), 0.92);
    const recovered = add(fromCells, offBook);
    const residueGrams = nimhResidueGrams(cellsGrams);
    const leach = s.process(xy.party, 'rec-2508-01', at('2025-08-18'), [{ lot: 'NIMH-2508-01', massGrams: cellsGrams }], [
      ...nimhOxides(recovered, 'XY-2508'),
      { id: 'XY-2508-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: cappedMix('slag-recycling-residue', residueGrams, subtract(cells, fromCells)) },
    ], { facility: xy.plant, note: 'crushed, sulfuric acid leach, rare earth double-sulfate precipitation, converted to oxides' });
    w.record(xy.party, on('2025-09-05'), [
      collect, leach,
      s.ship(xy.party, 'shp-2508-res', at('2025-08-22'), 'XY-2508-RES', residueGrams, lf.party, undefined, 'covered trucks to the Xinyu landfill'),
    ]);
    const residue = xy.party.lot('XY-2508-RES');
    w.record(lf.party, on('2025-09-06'), [
      s.receive(lf.party, 'rcv-2508-xy', at('2025-08-23'), residue, residueGrams),
      s.dispose(lf.party, 'dsp-2508-xy', at('2025-08-24'), residue, residueGrams, 'landfill', lf.site),
    ]);
    return {
      world: w,
      find: {
        parties: [xy.party.id],
        lots: [xy.party.lot('XY-2508-LACE'), xy.party.lot('XY-2508-NDPR')],
        events: [xy.party.event('rec-2508-01')],
      },
    };
  },
});
