// Estimates (not in shared/DOMAIN.md): Ce–Fe–B grinding swarf at 22 % rare earths in the Ce-Fe-B
// magnet's proportions (the catalogue's swarf grade and Ce-Fe-B mix); 95 % of the Pr and Nd and of the
// Ce recovered, no lanthanum line; leach residue 0.7 t per t of swarf.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { ganzhouLandfill, leachResidueGrams, on, outsideCode, xinfeng } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-residues-26',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Xinfeng recycler leaches Ce-Fe-B grinding swarf and landfills a leach residue that carries all the swarf\'s lanthanum: it has no lanthanum line',
  does: 'A Xinfeng (Ganzhou) recycler collects 60 t of grinding swarf on 2025-07-03 from a Ningbo works that makes cerium-substituted Ce-Fe-B magnets for compressor motors: 22 % rare earths, a third of them lanthanum and cerium. On 07-15 it leaches it, recovering 95 % of the praseodymium and neodymium as NdPr oxide and 95 % of the cerium as cerium oxide; it has no extraction line for lanthanum, which is worth less than the acid it would take, so all 0.43 t of it stay in the 42 t of leach residue, with the rest of the losses: a residue at 2.5 % rare earths where a plain NdFeB swarf leaves well under 1 %. The residue goes on 07-24 to the licensed Ganzhou industrial landfill (received 07-25, landfilled 07-26). The recycler files July on 08-05.',
  expect: 'Nothing: the residue is richer than usual because of what the feed was and what the plant does not recover, it holds nothing the swarf did not, and it reaches a licensed landfill within days.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xf = xinfeng(ctx);
    const lf = ganzhouLandfill(ctx);
    const grams = tonnes(60);
    const swarf = { La: Math.round(grams * 0.0071), Ce: Math.round(grams * 0.0639), Pr: Math.round(grams * 0.0355), Nd: Math.round(grams * 0.1135) };
    const collect = s.collect(xf.party, 'col-2507-01', at('2025-07-03'), { id: 'SWF-2507-01', product: 'scrap-ndfeb-swarf', massGrams: grams, composition: swarf },
      { name: '宁波镇海铈磁科技有限公司 (Ningbo Zhenhai Cerium Magnet Technology Co.)', id: outsideCode('r26-ningbo-cefeb', '330200') }, xf.plant);
    const ndpr = scale(pick(swarf, ['Pr', 'Nd']), 0.95);
    const ce = scale(pick(swarf, ['Ce']), 0.95);
    const residueGrams = leachResidueGrams(grams);
    const residueComp = subtract(subtract(swarf, ndpr), ce);
    w.record(xf.party, on('2025-08-05'), [
      collect,
      s.process(xf.party, 'rec-2507-01', at('2025-07-15'), [{ lot: 'SWF-2507-01', massGrams: grams }], [
        { id: 'XF-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'XF-2507-CE', product: 'oxide-ce', massGrams: oxideMass(ce), composition: ce },
        { id: 'XF-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residueComp },
      ], { facility: xf.plant, note: 'oxidising roast, HCl leach; cerium oxidised and precipitated first, NdPr by solvent extraction; no lanthanum line: lanthanum left in the raffinate and the neutralisation cake' }),
      s.ship(xf.party, 'shp-2507-res', at('2025-07-24'), 'XF-2507-RES', residueGrams, lf.party, undefined, 'covered tipper trucks to the Ganzhou landfill'),
    ]);
    const residue = xf.party.lot('XF-2507-RES');
    w.record(lf.party, on('2025-08-07'), [
      s.receive(lf.party, 'rcv-2507-xf', at('2025-07-25'), residue, residueGrams),
      s.dispose(lf.party, 'dsp-2507-xf', at('2025-07-26'), residue, residueGrams, 'landfill', lf.site),
    ]);
    return { world: w, find: {} };
  },
});
