import { defineCase } from '../../lib/case.ts';
import { add, at, oxideMass, pick, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-32',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A recycler\'s landfilled leach residue carries most of the swarf\'s dysprosium and terbium',
  does: 'The Ganzhou recycler collects 150 t of NdFeB swarf in July 2025 (Dy 1.8 t, Tb 0.6 t). It books the Pr and Nd as recovered at 95 % into NdPr oxide, but the dysprosium and terbium at only 30 % into heavy oxide: the other 70 % (1.7 t of Dy and Tb, worth some ¥4 M) is booked into its 120 t of iron-oxide leach residue, which a licensed Ganzhou industrial landfill receives on 07-25 and landfills on 07-26. The residue is 2 % rare earths, nearly three quarters of them dysprosium and terbium, where a leach residue holds a few per mille in the swarf\'s own mix. The Dy and Tb were in fact extracted and sold for cash as a Dy–Tb oxide.',
  expect: 'A residue whose rare earth content and mix are those of a heavy rare earth product, not of a leach residue: product hidden as waste and disposed of; the residue lot, the recycling run and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const landfill = w.party('landfill', { kind: 'enterprise', roles: ['disposer'], nameZh: '赣州市工业固废填埋处置有限公司', nameEn: 'Ganzhou Industrial Solid Waste Landfill Co.', region: '360700' });
    const licence = w.licence({ id: 'RT-DSP-GZ-2024', party: landfill.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-recycling-residue'] } });
    const site = w.facility({ id: 'site-ganzhou-landfill', party: landfill.id, kind: 'disposal-site', nameZh: '赣州工业固废填埋场', nameEn: 'Ganzhou industrial landfill', region: '360700', licence });
    honestMonth(ctx, '2025-06');
    const scrap = { id: 'SW-2507-01', product: 'scrap-ndfeb-swarf', massGrams: tonnes(150) };
    const collect = s.collect(r.recycler, 'col-2507-01', at('2025-07-03'), scrap, { name: '宁海县精工磁材有限公司' }, r.recyclingPlant);
    const held = s.lot(r.recycler.lot(scrap.id)).composition;
    const ndpr = pick(scale(held, 0.95), ['Pr', 'Nd']);
    const heavy = pick(scale(held, 0.3), ['Tb', 'Dy']);
    const residueGrams = tonnes(120);
    const residue = add(scale(pick(held, ['Pr', 'Nd']), 0.02), subtract(pick(held, ['Tb', 'Dy']), heavy));
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-01', at('2025-07-16'), [{ lot: scrap.id, massGrams: scrap.massGrams }], [
        { id: 'RO-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
        { id: 'RO-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: r.recyclingPlant, note: 'oxidising roast, HCl leach, solvent extraction; poor heavy-RE extraction this campaign' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-24'), 'RO-2507-RES', residueGrams, landfill),
    ]);
    const lot = r.recycler.lot('RO-2507-RES');
    w.record(landfill, at('2025-08-07', '10:00'), [
      s.receive(landfill, 'rcv-2507-res', at('2025-07-25'), lot, residueGrams),
      s.dispose(landfill, 'dsp-2507-res', at('2025-07-26'), lot, residueGrams, 'landfill', site),
    ]);
    return { world: w, find: { lots: [lot], events: [r.recycler.event('rec-2507-01'), landfill.event('dsp-2507-res')], parties: [r.recycler.id] } };
  },
});
