import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-50',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A recycler\'s leach residue co-processed in a licensed cement kiln',
  does: 'On 2025-07-03 the Ganzhou recycler collects 100 t of NdFeB grinding sludge from Ningbo grinding shops and on 07-15 recovers NdPr oxide and a Dy–Tb concentrate from it at 96 %, leaving 70 t of iron-rich hydrochloric leach residue, not thorium-bearing. On 07-27 it trucks the residue to a cement works in Wannian that holds a disposal licence for co-processing industrial residues, this one among them, in its kiln; the works receives it on 07-28 and on 07-30 books it as disposed of at its licensed kiln site, method "other" (co-processing as an iron corrective in the raw meal). Both report July on time.',
  expect: 'Nothing: a non-radioactive smelting residue goes, within two weeks, to a party licensed to dispose of it, at its licensed site; co-processing in a cement kiln is a recognised disposal route.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const kiln = w.party('wannian-cement', { kind: 'enterprise', roles: ['disposer'], nameZh: '万年青水泥协同处置有限公司', nameEn: 'Wannianqing Cement Co-processing Co.', region: '360000' });
    const licence = w.licence({ id: 'RT-DSP-WN-2025', party: kiln.id, activity: 'disposal', validFrom: '2025-01-01', validTo: '2027-12-31', scope: { products: ['slag-recycling-residue'] } });
    const site = w.facility({ id: 'kiln-wannian-2', party: kiln.id, kind: 'disposal-site', nameZh: '万年水泥二号窑协同处置线', nameEn: 'Wannian kiln 2 co-processing line', region: '360000', licence });
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
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-27'), residue.id, residueGrams, kiln, undefined, 'covered tipper trucks'),
    ]);
    const residueLot = r.recycler.lot(residue.id);
    w.record(kiln, at('2025-08-08', '11:00'), [
      s.receive(kiln, 'rcv-2507-res', at('2025-07-28'), residueLot, residueGrams),
      { ...s.dispose(kiln, 'dsp-2507-res', at('2025-07-30'), residueLot, residueGrams, 'other', site), note: 'co-processed in kiln 2 as iron corrective in the raw meal' },
    ]);
    return { world: w, find: {} };
  },
});
