import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-50',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A recycler\'s leach residue sold to a brickworks as "clinker additive"',
  does: 'On 2025-07-03 the Ganzhou recycler collects 100 t of NdFeB grinding sludge from Ningbo grinding shops and on 07-15 recovers NdPr oxide and a Dy–Tb concentrate from it at 96 %, leaving 70 t of iron-rich hydrochloric leach residue. A licensed landfill charges ¥600 a tonne; a brickworks in Zhanggong district pays ¥30 a tonne for iron oxide to colour its fired bricks. On 07-28 the recycler books the 70 t as disposed of, method "other", with the note "sold to the brickworks as clinker additive", at no disposal site. The recycler holds no disposal licence, nor does the brickworks. July is reported on the 8th of August.',
  expect: 'Smelting residue leaving the chain other than to licensed disposal: disposed of by the recycler itself, with no licence and at no licensed site; the disposal, the residue lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const sludge = { id: 'SW-2507-NB', product: 'scrap-ndfeb-swarf', massGrams: tonnes(100) };
    const collected = s.collect(r.recycler, 'col-2507-nb', at('2025-07-03'), sludge, { name: '宁波北仑精磨加工联合体' }, r.recyclingPlant);
    const recovered = scale(s.lot(r.recycler.lot(sludge.id)).composition, 0.96);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Dy', 'Tb']);
    const residueGrams = tonnes(70);
    const residue = { id: 'RES-2507-NB', product: 'slag-recycling-residue', massGrams: residueGrams, composition: typical('slag-recycling-residue', residueGrams) };
    w.record(r.recycler, at('2025-08-08', '10:00'), [
      collected,
      s.process(r.recycler, 'rec-2507-nb', at('2025-07-15'), [{ lot: sludge.id, massGrams: sludge.massGrams }], [
        { id: 'RE-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RE-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
        residue,
      ], { facility: r.recyclingPlant, note: 'sludge roasted, HCl leach, solvent extraction' }),
      { ...s.dispose(r.recycler, 'dsp-2507-nb', at('2025-07-28'), residue.id, residueGrams, 'other'), note: 'sold to 赣州市章贡区沙石镇红旺砖厂 as clinker additive for fired bricks' },
    ]);
    return {
      world: w,
      find: { events: [r.recycler.event('dsp-2507-nb')], lots: [r.recycler.lot(residue.id)], parties: [r.recycler.id] },
    };
  },
});
