// Estimates (not in shared/DOMAIN.md): compressor motors at the catalogue's end-of-life motor grade;
// 98 % of their rare earths in the magnets knocked out of the rotors (the rest in chips left in the
// laminations), magnets at 30 % rare earths; 96 % leach recovery (DOMAIN.md: up to ~97 % from swarf);
// leach residue 0.7 t per t of magnets, carrying the catalogue's recycling-residue mix.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cappedMix, ganzhouLandfill, leachResidueGrams, on, outsideCode, xinfeng } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-conservation-28',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Xinfeng recycler turns 800 t of scrapped inverter air-conditioner compressors into 16.7 t of magnets and leaches them: 98 % of the tonnage leaves as steel and copper',
  does: 'A Xinfeng (Ganzhou) recycler collects 800 t of scrapped inverter air-conditioner compressors from a licensed Foshan appliance dismantler on 2025-08-04. On 08-06 its line cuts the shells, pulls the rotors and knocks out the sintered magnets: 16.7 t of magnets at 30 % rare earths, holding 98 % of the motors\' rare earths; the rest stays as chips in the laminations, which leave with the 783 t of steel, copper and aluminium sold to scrap merchants, none of it a rare earth product. On 08-12 it leaches the magnets into NdPr oxide and a Dy–Tb enriched oxide at 96 %; the 11.7 t of leach residue go on 08-20 to the licensed Ganzhou industrial landfill (received 08-21, landfilled 08-22). The recycler files August on 09-05.',
  expect: 'Nothing: the rare earths are conserved through dismantling (98 %) and leaching (96 %); a motor is almost all iron and copper, so the tonnage falls fifty-fold without any rare earth going missing.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xf = xinfeng(ctx);
    const lf = ganzhouLandfill(ctx);
    const motorsGrams = tonnes(800);
    const collect = s.collect(xf.party, 'col-2508-01', at('2025-08-04'), { id: 'CMP-2508-01', product: 'eol-motor', massGrams: motorsGrams },
      { name: '佛山顺德绿循家电拆解有限公司 (Foshan Shunde Lüxun Appliance Dismantling Co.)', id: outsideCode('r26-foshan-dismantler', '440000') }, xf.plant);
    const motors = { ...s.lot(xf.party.lot('CMP-2508-01')).composition };
    const magnets = scale(motors, 0.98);
    const magnetGrams = massAtShare(magnets, 0.3);
    const dismantle = s.process(xf.party, 'dis-2508-01', at('2025-08-06'), [{ lot: 'CMP-2508-01', massGrams: motorsGrams }], [
      { id: 'MAG-2508-01', product: 'eol-ndfeb-magnets', massGrams: magnetGrams, composition: magnets },
    ], { facility: xf.plant, note: 'shells cut, rotors pulled, magnets knocked out after demagnetising at 350 °C; steel, copper and aluminium (783 t) sold to scrap merchants; some 2 % of the rare earths left as chips in the laminations' });
    const recovered = scale(magnets, 0.96);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Tb', 'Dy']);
    const residueGrams = leachResidueGrams(magnetGrams);
    const outputs = [
      { id: 'XF-2508-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
      { id: 'XF-2508-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
      { id: 'XF-2508-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: cappedMix('slag-recycling-residue', residueGrams, subtract(magnets, recovered)) },
    ];
    const leach = s.process(xf.party, 'rec-2508-01', at('2025-08-12'), [{ lot: 'MAG-2508-01', massGrams: magnetGrams }], outputs, {
      facility: xf.plant, note: 'oxidising roast, hydrochloric acid leach, solvent extraction, oxalate precipitation and calcining',
    });
    w.record(xf.party, on('2025-09-05'), [
      collect, dismantle, leach,
      s.ship(xf.party, 'shp-2508-res', at('2025-08-20'), 'XF-2508-RES', residueGrams, lf.party, undefined, 'covered tipper trucks to the Ganzhou landfill'),
    ]);
    const residue = xf.party.lot('XF-2508-RES');
    w.record(lf.party, on('2025-09-07'), [
      s.receive(lf.party, 'rcv-2508-xf', at('2025-08-21'), residue, residueGrams),
      s.dispose(lf.party, 'dsp-2508-xf', at('2025-08-22'), residue, residueGrams, 'landfill', lf.site),
    ]);
    return { world: w, find: {} };
  },
});
