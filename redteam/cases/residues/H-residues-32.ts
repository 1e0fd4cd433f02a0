import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-32',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A dysprosium-rich leach residue from traction-motor swarf, landfilled under licence',
  does: 'The Ganzhou recycler collects 150 t of grinding swarf from a Ningbo plant that makes only high-coercivity magnets for EV traction motors (Dy 2.6 %, Tb 0.7 % of the swarf, which is 23 % rare earths: 14 % of them are heavy). On 2025-07-16 it recovers 95 % of every element into NdPr oxide and a Dy–Tb oxide; 2.5 % of each stays in its 120 t of iron-oxide leach residue, which therefore carries dysprosium and terbium in the swarf\'s own proportion (0.7 % rare earths). A licensed Ganzhou industrial landfill receives it on 07-25 and landfills it on 07-26.',
  expect: 'Nothing: the residue\'s content is a leach residue\'s (a few per mille) and its mix is its feed\'s; it is Dy-rich only because the swarf was. The heavy rare earths were recovered at the same rate as the light.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const landfill = w.party('landfill', { kind: 'enterprise', roles: ['disposer'], nameZh: '赣州市工业固废填埋处置有限公司', nameEn: 'Ganzhou Industrial Solid Waste Landfill Co.', region: '360700' });
    const licence = w.licence({ id: 'RT-DSP-GZ-2024', party: landfill.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-recycling-residue'] } });
    const site = w.facility({ id: 'site-ganzhou-landfill', party: landfill.id, kind: 'disposal-site', nameZh: '赣州工业固废填埋场', nameEn: 'Ganzhou industrial landfill', region: '360700', licence });
    honestMonth(ctx, '2025-06');
    const grams = tonnes(150);
    // Swarf of a high-coercivity grade: the magnet's mix (catalogue), at a swarf's 23 % rare earths.
    const magnetMix = typical('magnet-ndfeb-sintered-high-coercivity', grams);
    const scrap = { id: 'SW-2507-01', product: 'scrap-ndfeb-swarf', massGrams: grams, composition: scale(magnetMix, 0.23 / 0.315) };
    const collect = s.collect(r.recycler, 'col-2507-01', at('2025-07-03'), scrap, { name: '宁波北仑驱动电机磁钢有限公司' }, r.recyclingPlant);
    const held = s.lot(r.recycler.lot(scrap.id)).composition;
    const recovered = scale(held, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Tb', 'Dy']);
    const residueGrams = tonnes(120);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-01', at('2025-07-16'), [{ lot: scrap.id, massGrams: grams }], [
        { id: 'RO-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2507-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
        { id: 'RO-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: scale(held, 0.025) },
      ], { facility: r.recyclingPlant, note: 'oxidising roast, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-24'), 'RO-2507-RES', residueGrams, landfill),
    ]);
    const lot = r.recycler.lot('RO-2507-RES');
    w.record(landfill, at('2025-08-07', '10:00'), [
      s.receive(landfill, 'rcv-2507-res', at('2025-07-25'), lot, residueGrams),
      s.dispose(landfill, 'dsp-2507-res', at('2025-07-26'), lot, residueGrams, 'landfill', site),
    ]);
    return { world: w, find: {} };
  },
});
