// Estimates (not in shared/DOMAIN.md): compressor motors at the catalogue's end-of-life motor grade;
// magnets at 30 % rare earths; a dismantling line that gets the magnets out gets some 98 % of the
// rare earths; 96 % leach recovery; leach residue 0.7 t per t of magnets.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cappedMix, ganzhouLandfill, leachResidueGrams, on, outsideCode, xinfeng } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-residues-26',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Xinfeng recycler dismantles 800 t of compressors, keeps two-thirds of the magnets and "disposes" of the rest still glued in 788 t of rotors sold as steel scrap',
  does: 'A Xinfeng (Ganzhou) recycler collects 800 t of scrapped inverter air-conditioner compressors from a licensed Foshan dismantler on 2025-08-04. On 08-06 it books the dismantling as 11.3 t of magnets, two-thirds of the motors\' rare earths, and 788 t of "stripped motor scrap", which still carries a third of the rare earths: the rotors of the larger compressors were never opened. On 08-08 it books that lot as disposed of, "sold to a Foshan steel mill as motor scrap", at its own plant, with no licensed disposer and no buyer in the system; the rotors went to a back-yard shop in Dingnan that burns off the glue and sells the magnets for cash. The recycler leaches the magnets it kept and sends the leach residue to the licensed Ganzhou landfill. It files August on 09-05.',
  expect: 'Rare earth-bearing scrap disposed of as waste outside licensed disposal, a third of the feed\'s rare earths in it: the disposal, the stripped-scrap lot, the dismantling and the recycler.',
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
    const magnets = scale(motors, 0.66);
    const magnetGrams = massAtShare(magnets, 0.3);
    const stripped = scale(motors, 0.32);
    const strippedGrams = tonnes(788);
    const dismantle = s.process(xf.party, 'dis-2508-01', at('2025-08-06'), [{ lot: 'CMP-2508-01', massGrams: motorsGrams }], [
      { id: 'MAG-2508-01', product: 'eol-ndfeb-magnets', massGrams: magnetGrams, composition: magnets },
      { id: 'STR-2508-01', product: 'eol-motor', massGrams: strippedGrams, composition: stripped },
    ], { facility: xf.plant, note: 'shells cut, rotors pulled, magnets knocked out; stripped motor scrap to steel' });
    const disposal = { ...s.dispose(xf.party, 'dsp-2508-01', at('2025-08-08'), 'STR-2508-01', strippedGrams, 'other', xf.plant), note: 'sold to a Foshan steel mill as motor scrap' };
    const recovered = scale(magnets, 0.96);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Tb', 'Dy']);
    const residueGrams = leachResidueGrams(magnetGrams);
    const leach = s.process(xf.party, 'rec-2508-01', at('2025-08-12'), [{ lot: 'MAG-2508-01', massGrams: magnetGrams }], [
      { id: 'XF-2508-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
      { id: 'XF-2508-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
      { id: 'XF-2508-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: cappedMix('slag-recycling-residue', residueGrams, subtract(magnets, recovered)) },
    ], { facility: xf.plant, note: 'oxidising roast, hydrochloric acid leach, solvent extraction, oxalate precipitation and calcining' });
    w.record(xf.party, on('2025-09-05'), [
      collect, dismantle, disposal, leach,
      s.ship(xf.party, 'shp-2508-res', at('2025-08-20'), 'XF-2508-RES', residueGrams, lf.party, undefined, 'covered tipper trucks to the Ganzhou landfill'),
    ]);
    const residue = xf.party.lot('XF-2508-RES');
    w.record(lf.party, on('2025-09-07'), [
      s.receive(lf.party, 'rcv-2508-xf', at('2025-08-21'), residue, residueGrams),
      s.dispose(lf.party, 'dsp-2508-xf', at('2025-08-22'), residue, residueGrams, 'landfill', lf.site),
    ]);
    return {
      world: w,
      find: {
        parties: [xf.party.id],
        lots: [xf.party.lot('STR-2508-01')],
        events: [xf.party.event('dsp-2508-01'), xf.party.event('dis-2508-01')],
      },
    };
  },
});
