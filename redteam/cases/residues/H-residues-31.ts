import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-31',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Residue re-bagged once after a storm, then sent to the store within five weeks',
  does: 'June 2025\'s 450 t of thorium-bearing water-leach residue waits in the separator\'s lined temporary store for the disposer\'s July collection. A storm on 07-06 splits a row of bulk bags; on 07-08 the plant repacks the whole lot into new lined bags under a new lot id, same 450 t, and on 07-24 ships it to the licensed disposer, which places it in the radioactive store on 07-27, five and a half weeks after the residue was made.',
  expect: 'Nothing: one repacking for a stated cause, no change in mass or composition, and the residue reaches licensed disposal within weeks of its making.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const grams = s.lot(june.residue).massGrams;
    const composition = { ...s.lot(june.residue).composition };
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.process(r.separator, 'rbg-2507-01', at('2025-07-08'), [{ lot: 'SEP-2506-RES', massGrams: grams }], [{ id: 'SEP-2507-RES-RB', product: 'slag-water-leach-residue', massGrams: grams, composition }], { facility: r.separationPlant, note: 'storm 2025-07-06 split bulk bags in row C; whole lot repacked into new lined bags' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), 'SEP-2507-RES-RB', grams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot('SEP-2507-RES-RB'), grams, '2507');
    return { world: w, find: {} };
  },
});
