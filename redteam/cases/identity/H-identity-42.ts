import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-42',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Grinding sludge from a Ce–Fe–B magnet works, lanthanum and cerium in it, recycled as NdFeB sludge',
  does: 'Baotou magnet works make cerium magnets (90–100 kt of Ce-Fe-B a year are made in China), (Nd,Pr,Ce,La)2Fe14B sintered with cerium and a little lanthanum for part of the neodymium. On 2025-07-08 the Ganzhou recycler collects 60 t of grinding sludge from such a works: 23 % rare earths, of which 52 % Nd, 16 % Pr, 29 % Ce and 3 % La. It books it under NdFeB sludge, the only scrap code for the R2Fe14B family, notes "Ce-Fe-B sludge" on the lot, and on 07-20 refines it at 95 % into NdPr, cerium and lanthanum oxides; its leach residue goes to the licensed disposer. July is reported on time.',
  expect: 'Nothing: the sludge\'s grade is a sludge\'s and its rare earth distribution is that of a cerium magnet, a material of the NdFeB family whose swarf is NdFeB swarf; cerium and lanthanum without samarium, yttrium or heavies are what such magnets hold.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(60);
    const composition = scale(typical('magnet-cefeb', grams), 0.74);
    const sludge = { id: 'SW-2507-CE', product: 'scrap-ndfeb-swarf', massGrams: grams, composition };
    const collect = { ...s.collect(r.recycler, 'col-2507-ce', at('2025-07-08'), sludge, { name: '包头天和铈磁材料有限公司' }, r.recyclingPlant), note: 'Ce-Fe-B grinding sludge' };
    const residueGrams = tonnes(40);
    const plan = separate(composition, 'RE-2507', { recovery: 0.95, residue: { product: 'slag-recycling-residue', massGrams: residueGrams } });
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-ce', at('2025-07-20'), [{ lot: sludge.id, massGrams: grams }], plan.outputs, { facility: r.recyclingPlant, note: 'sludge roasted, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-25'), 'RE-2507-RES', residueGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot('RE-2507-RES'), residueGrams, '2507r');
    return { world: w, find: {} };
  },
});
