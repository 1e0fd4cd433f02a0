import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-05',
  family: 'conservation',
  violation: false,
  heldOut: false,
  title: 'A recycler at the top of the recovery range',
  does: 'The Ganzhou recycler collects 150 t of NdFeB swarf from a named magnet workshop and recovers 97 % of its Pr and Nd as NdPr oxide and of its Dy and Tb as a heavy-RE oxide (DOMAIN.md: REO recovery from swarf can reach about 97 %); the iron-rich leach residue goes to the licensed disposer.',
  expect: 'Nothing: recovery below 100 % of what the scrap held, and within what the trade achieves.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const scrap = { id: 'SW-2506-01', product: 'scrap-ndfeb-swarf', massGrams: tonnes(150) };
    const collect = s.collect(r.recycler, 'col-2506-01', at('2025-06-05'), scrap, { name: '宁海县精工磁材有限公司', id: 'supplier-ninghai-0117' }, r.recyclingPlant);
    const held = s.lot(r.recycler.lot(scrap.id)).composition;
    const recovered = scale(held, 0.97);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Tb', 'Dy']);
    const residueGrams = tonnes(120);
    const residueComposition = typical('slag-recycling-residue', residueGrams);
    subtract(subtract(held, recovered), residueComposition);
    w.record(r.recycler, at('2025-07-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2506-01', at('2025-06-18'), [{ lot: scrap.id, massGrams: scrap.massGrams }], [
        { id: 'RO-2506-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2506-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
        { id: 'RO-2506-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residueComposition },
      ], { facility: r.recyclingPlant, note: 'oxidising roast, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2506-res', at('2025-06-25'), 'RO-2506-RES', residueGrams, r.disposer),
    ]);
    w.record(r.disposer, at('2025-07-08', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-rres', at('2025-06-27'), r.recycler.lot('RO-2506-RES'), residueGrams),
      s.dispose(r.disposer, 'dsp-2506-rres', at('2025-06-28'), r.recycler.lot('RO-2506-RES'), residueGrams, 'landfill', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
