import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-42',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Ionic concentrate stirred into NdFeB grinding sludge at a sludge\'s grade',
  does: 'A scrap dealer in Ganzhou sells the licensed recycler 100 t of "NdFeB grinding sludge" on 2025-07-09. It is 88 t of real sludge with 12 t of light ionic concentrate, leached illegally in the hills, stirred in. The lot\'s grade, 30 % rare earths, is a normal sludge\'s; but 13 % of its rare earths are lanthanum and some are cerium, samarium, yttrium, europium and the heavies, while NdFeB holds Pr, Nd, Dy and Tb and nothing else, and the lanthanum outweighs the cerium seven to one, which no magnet alloy does. The recycler refines it on 07-21 at 95 % into NdPr oxide, lanthanum and cerium oxides and Sm–Eu–Gd and heavy concentrates, sends its leach residue to the licensed disposer, and reports July on time.',
  expect: 'Scrap whose rare earth distribution cannot be NdFeB scrap: lanthanum, samarium, yttrium in "magnet sludge" in the proportions of an ionic clay; the collection, the scrap lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const composition = add(typical('scrap-ndfeb-swarf', tonnes(88)), typical('concentrate-ionic-light', tonnes(12)));
    const sludge = { id: 'SW-2507-GZ', product: 'scrap-ndfeb-swarf', massGrams: tonnes(100), composition };
    const collect = s.collect(r.recycler, 'col-2507-gz', at('2025-07-09'), sludge, { name: '赣州章贡区鑫盛废旧物资回收站' }, r.recyclingPlant);
    const residueGrams = tonnes(60);
    const plan = separate(composition, 'RE-2507', { recovery: 0.95, residue: { product: 'slag-recycling-residue', massGrams: residueGrams } });
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-gz', at('2025-07-21'), [{ lot: sludge.id, massGrams: sludge.massGrams }], plan.outputs, { facility: r.recyclingPlant, note: 'sludge roasted, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-25'), 'RE-2507-RES', residueGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot('RE-2507-RES'), residueGrams, '2507r');
    return {
      world: w,
      find: { events: [r.recycler.event('col-2507-gz')], lots: [r.recycler.lot(sludge.id)], parties: [r.recycler.id] },
    };
  },
});
