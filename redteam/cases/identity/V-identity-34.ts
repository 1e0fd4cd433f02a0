// Estimates (not in shared/DOMAIN.md): spent NiMH packs at about 8.6 % rare earths and AB5 alloy
// at 33 % (the catalogue's eol-nimh-battery and hsa-ab5); 95 % recovery; 0.3 t of leach residue a tonne.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { code23, guangzhouRecycler, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-identity-34',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: '"Spent NiMH batteries" collected by a Guangzhou recycler at 33 % rare earths, the grade of new AB5 alloy powder',
  does: 'On 2025-07-06 the Guangzhou recycler books 80 t of "spent NiMH battery packs" collected from a Foshan dismantling yard. The lot\'s assay is that of AB5 hydrogen-storage alloy: 33 % rare earths, lanthanum, cerium, praseodymium and neodymium in mischmetal proportions, where whole spent packs hold about 8.6 % and stripped cells a little more. It is off-book alloy powder cast by an unregistered Jiangmen workshop from mischmetal of no recorded origin, brought in as post-consumer scrap so that the oxides made from it are recycled material, outside any quota and eligible for the comprehensive-utilisation VAT refund. On 07-16 the recycler leaches it into 25 t of lanthanum–cerium oxide and 5.4 t of NdPr oxide (95 %), its leach residue landfilled under licence. Reported on time.',
  expect: 'A post-consumer scrap lot at the grade and make-up of a fresh alloy, four times what its label can carry: the collection, the collected lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const gz = guangzhouRecycler(ctx);
    const grams = tonnes(80);
    const scrap = { id: 'NB-2507-01', product: 'eol-nimh-battery', massGrams: grams, composition: typical('hsa-ab5', grams) };
    const collect = s.collect(gz.recycler, 'col-2507-01', at('2025-07-06'), scrap, { name: '佛山市顺德区骏达废旧电池拆解场', id: code23('fs-dismantler', '440000') }, gz.plant);
    const held = s.lot(gz.recycler.lot(scrap.id)).composition;
    const recovered = scale(held, 0.95);
    const lace = pick(recovered, ['La', 'Ce']);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const residueGrams = tonnes(24);
    const residue = typical('slag-recycling-residue', residueGrams);
    w.record(gz.recycler, on('2025-08-06'), [
      collect,
      s.process(gz.recycler, 'rec-2507-01', at('2025-07-16'), [{ lot: scrap.id, massGrams: grams }], [
        { id: 'GZ-2507-LACE', product: 'mixed-oxide-lace', massGrams: oxideMass(lace), composition: lace },
        { id: 'GZ-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'GZ-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: gz.plant, note: 'shredded, sulphuric acid leach, double-sulphate precipitation, solvent extraction' }),
      s.ship(gz.recycler, 'shp-2507-res', at('2025-07-22'), 'GZ-2507-RES', residueGrams, gz.landfill.party, undefined, 'closed trucks'),
    ]);
    w.record(gz.landfill.party, on('2025-08-07'), [
      s.receive(gz.landfill.party, 'rcv-2507-res', at('2025-07-23'), gz.recycler.lot('GZ-2507-RES'), residueGrams),
      s.dispose(gz.landfill.party, 'dsp-2507-res', at('2025-07-25'), gz.recycler.lot('GZ-2507-RES'), residueGrams, 'landfill', gz.landfill.site),
    ]);
    return {
      world: w,
      find: { parties: [gz.recycler.id], events: [gz.recycler.event('col-2507-01')], lots: [gz.recycler.lot(scrap.id)] },
    };
  },
});
