import { defineCase } from '../../lib/case.ts';
import { add, at, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-20',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: '"Spent NiMH batteries" cut with a third of Bayan Obo concentrate',
  does: 'The Ganzhou recycler collects 300 t of "end-of-life NiMH batteries" from a Baotou scrap dealer. The lot is 200 t of real battery scrap (about 8.6 % rare earths, lanthanum ahead of cerium) blended with 100 t of Bayan Obo concentrate bought off the books: the declared composition is 19.6 % rare earths, more cerium than lanthanum, and carries samarium, europium, gadolinium, terbium, dysprosium and yttrium, which no battery mischmetal holds. The recycler leaches it in July and separates the rare earths.',
  expect: 'Collected "battery scrap" with more than twice a battery\'s grade and an ore\'s distribution: mineral product laundered into the recycling stream; the collected lot, the collect event and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const massGrams = tonnes(300);
    const composition = add(typical('eol-nimh-battery', tonnes(200)), typical('concentrate-bayan-obo', tonnes(100)));
    const scrap = { id: 'BAT-2507-01', product: 'eol-nimh-battery', massGrams, composition };
    const collect = s.collect(r.recycler, 'col-2507-bat', at('2025-07-04'), scrap, { name: '包头市青山区废旧电池回收站', id: 'supplier-qingshan-0093' }, r.recyclingPlant);
    const residueGrams = tonnes(150);
    const held = s.lot(r.recycler.lot(scrap.id)).composition;
    const plan = separate(held, 'RC-2507', { recovery: 0.93 });
    const residue = { id: 'RC-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: scale(held, 0.015) };
    plan.outputs.push(residue);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-bat', at('2025-07-18'), [{ lot: scrap.id, massGrams }], plan.outputs, { facility: r.recyclingPlant, note: 'battery scrap: crushed, acid leach, Ni/Co recovered, rare earths separated' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-24'), residue.id, residueGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot(residue.id), residueGrams, '2507');
    return { world: w, find: { parties: [r.recycler.id], lots: [r.recycler.lot(scrap.id)], events: [r.recycler.event('col-2507-bat')] } };
  },
});
