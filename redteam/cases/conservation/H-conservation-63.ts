import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { massAsTypical } from '../../lib/round10.ts';

export default defineCase({
  id: 'H-conservation-63',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Cerium oxide fluorinated and calcined into ceria polishing powder: the lot changes weight, not rare earths',
  does: 'On 2025-07-09 the Baotou separator takes 50 t of its June cerium oxide, slurries it with hydrofluoric acid and calcines it into ceria polishing powder for cover glass; the powder\'s weight follows its lower REO share (fluoride and calcination, the catalogue\'s typical grade), while every gram of cerium is booked in the powder. It keeps the powder in store and reports July on 08-06.',
  expect: 'Nothing: a process whose outputs hold exactly the rare earths of its input; only the non-rare-earth mass changes.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const ceLot = june.separation.byProduct['oxide-ce']!.id;
    const grams = tonnes(50);
    const composition = s.share(r.separator.lot(ceLot), grams);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.process(r.separator, 'pol-2507-01', at('2025-07-09'), [{ lot: ceLot, massGrams: grams }], [
        { id: 'POL-2507-01', product: 'polishing-ceria', massGrams: massAsTypical('polishing-ceria', composition), composition },
      ], { facility: r.separationPlant, note: 'HF slurry fluorination, calcination at 950 °C, classification' }),
    ]);
    return { world: w, find: {} };
  },
});
