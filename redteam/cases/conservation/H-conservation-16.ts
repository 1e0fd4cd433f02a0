// Estimates (not in shared/DOMAIN.md): spent NiMH cells at the catalogue's battery grade (8.6 % rare
// earths); a sulfuric leach recovers 96 % of them; the residue (0.35 t per t of cells) at the catalogue's
// recycling-residue grade.
import { defineCase } from '../../lib/case.ts';
import { add, at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cappedMix, hefeiCollector, nimhOxides, nimhResidueGrams, on, xinyu, xinyuLandfill } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-conservation-16',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Xinyu NiMH battery recycler leaches 250 t of cells in August after collecting only 150 t: 100 t were July stock',
  does: 'A Xinyu (Jiangxi) recycler of spent nickel–metal hydride batteries collects 250 t of cells from a Hefei collector on 2025-07-03 and leaches 150 t of them on 07-21, leaving 100 t in its warehouse at the end of July (its leach line was down for a week). It collects 150 t more on 08-04 and leaches 250 t on 08-19, July\'s 100 t and August\'s 150 t, at 96 %. Each leach residue goes to the licensed Xinyu landfill. It reports July on 08-05 and August on 09-05.',
  expect: 'Nothing: August\'s oxides exceed August\'s intake only by what July left in stock, all of it on the books; every leach recovers less than its feed held.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xy = xinyu(ctx);
    const lf = xinyuLandfill(ctx);
    const leach = (tag: string, time: string, inputs: { lot: string; massGrams: number }[]) => {
      const feed = inputs.map((i) => s.share(xy.party.lot(i.lot), i.massGrams)).reduce((a, b) => add(a, b), {});
      const cellsGrams = inputs.reduce((sum, i) => sum + i.massGrams, 0);
      const recovered = scale(feed, 0.96);
      const residueGrams = nimhResidueGrams(cellsGrams);
      const event = s.process(xy.party, `rec-${tag}`, time, inputs, [
        ...nimhOxides(recovered, `XY-${tag}`),
        { id: `XY-${tag}-RES`, product: 'slag-recycling-residue', massGrams: residueGrams, composition: cappedMix('slag-recycling-residue', residueGrams, subtract(feed, recovered)) },
      ], { facility: xy.plant, note: 'crushed, sulfuric acid leach, rare earth double-sulfate precipitation, converted to oxides' });
      return { event, residue: `XY-${tag}-RES`, residueGrams };
    };
    const julyCollect = s.collect(xy.party, 'col-2507-01', at('2025-07-03'), { id: 'NIMH-2507-01', product: 'eol-nimh-battery', massGrams: tonnes(250) }, hefeiCollector(), xy.plant);
    const july = leach('2507', at('2025-07-21'), [{ lot: 'NIMH-2507-01', massGrams: tonnes(150) }]);
    w.record(xy.party, on('2025-08-05'), [
      julyCollect, july.event,
      s.ship(xy.party, 'shp-2507-res', at('2025-07-24'), july.residue, july.residueGrams, lf.party, undefined, 'covered trucks to the Xinyu landfill'),
    ]);
    w.record(lf.party, on('2025-08-06'), [
      s.receive(lf.party, 'rcv-2507-xy', at('2025-07-25'), xy.party.lot(july.residue), july.residueGrams),
      s.dispose(lf.party, 'dsp-2507-xy', at('2025-07-26'), xy.party.lot(july.residue), july.residueGrams, 'landfill', lf.site),
    ]);
    const augustCollect = s.collect(xy.party, 'col-2508-01', at('2025-08-04'), { id: 'NIMH-2508-01', product: 'eol-nimh-battery', massGrams: tonnes(150) }, hefeiCollector(), xy.plant);
    const august = leach('2508', at('2025-08-19'), [{ lot: 'NIMH-2507-01', massGrams: tonnes(100) }, { lot: 'NIMH-2508-01', massGrams: tonnes(150) }]);
    w.record(xy.party, on('2025-09-05'), [
      augustCollect, august.event,
      s.ship(xy.party, 'shp-2508-res', at('2025-08-22'), august.residue, august.residueGrams, lf.party, undefined, 'covered trucks to the Xinyu landfill'),
    ]);
    w.record(lf.party, on('2025-09-06'), [
      s.receive(lf.party, 'rcv-2508-xy', at('2025-08-23'), xy.party.lot(august.residue), august.residueGrams),
      s.dispose(lf.party, 'dsp-2508-xy', at('2025-08-24'), xy.party.lot(august.residue), august.residueGrams, 'landfill', lf.site),
    ]);
    return { world: w, find: {} };
  },
});
