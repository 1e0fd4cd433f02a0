import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, mineAndShip, receiveAndDispose, reportTime } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-71',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A separation of 1,000 t of concentrate that books 150 t of residue: the other 300 t tipped at night',
  does: 'The licensed store charges by the tonne, and its cells are filling. In July 2025 the separator roasts and leaches 1,000 t of Bayan Obo concentrate on 07-20 as usual, which leaves about 450 t of thorium-bearing filter cake, as every month before (an estimate of 0.45 t a tonne). It books only 150 t of residue and sends that to the store (07-24, placed 07-27); the other 300 t go by night in covered trucks to an old sand pit south of the Yellow River embankment. Its oxides are honest, at 95 %; everything is reported on time.',
  expect: 'A residue far lighter than its feed leaves (0.15 t a tonne where the plant\'s other months give 0.45): the July separation, its residue lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2507' });
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: tonnes(150) } });
    const residue = plan.residue!;
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2507-01', at(day(month, 11), '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2507');
    return {
      world: w,
      find: { events: [r.separator.event('sep-2507-01')], lots: [r.separator.lot(residue.id)], parties: [r.separator.id] },
    };
  },
});
