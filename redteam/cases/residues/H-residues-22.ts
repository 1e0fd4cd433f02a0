import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-22',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A recycler\'s iron-rich leach residue landfilled by a licensed industrial landfill',
  does: 'The Ganzhou recycler collects 150 t of NdFeB swarf in July 2025 and recovers 95 % of its rare earths; its iron-oxide leach residue, 120 t at about 0.6 % rare earths in the swarf\'s own mix and not radioactive, goes on 07-24 to a Ganzhou industrial landfill whose disposal licence covers the leach residue of NdFeB scrap recycling, which landfills it on 07-26.',
  expect: 'Nothing: a non-radioactive residue at a residue\'s grade, disposed of by landfill by a party licensed for exactly that residue.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const landfill = w.party('landfill', { kind: 'enterprise', roles: ['disposer'], nameZh: '赣州市工业固废填埋处置有限公司', nameEn: 'Ganzhou Industrial Solid Waste Landfill Co.', region: '360700' });
    const licence = w.licence({ id: 'RT-DSP-GZ-2024', party: landfill.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-recycling-residue'] } });
    const site = w.facility({ id: 'site-ganzhou-landfill', party: landfill.id, kind: 'disposal-site', nameZh: '赣州工业固废填埋场', nameEn: 'Ganzhou industrial landfill', region: '360700', licence });
    honestMonth(ctx, '2025-06');
    const scrap = { id: 'SW-2507-01', product: 'scrap-ndfeb-swarf', massGrams: tonnes(150) };
    const collect = s.collect(r.recycler, 'col-2507-01', at('2025-07-03'), scrap, { name: '宁海县精工磁材有限公司', id: 'supplier-ninghai-0117' }, r.recyclingPlant);
    const held = s.lot(r.recycler.lot(scrap.id)).composition;
    const recovered = scale(held, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Tb', 'Dy']);
    const residueGrams = tonnes(120);
    const residue = scale(held, 0.02);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-01', at('2025-07-16'), [{ lot: scrap.id, massGrams: scrap.massGrams }], [
        { id: 'RO-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
        { id: 'RO-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: r.recyclingPlant, note: 'oxidising roast, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-24'), 'RO-2507-RES', residueGrams, landfill),
    ]);
    w.record(landfill, at('2025-08-07', '10:00'), [
      s.receive(landfill, 'rcv-2507-res', at('2025-07-25'), r.recycler.lot('RO-2507-RES'), residueGrams),
      s.dispose(landfill, 'dsp-2507-res', at('2025-07-26'), r.recycler.lot('RO-2507-RES'), residueGrams, 'landfill', site),
    ]);
    return { world: w, find: {} };
  },
});
