import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-48',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'High-coercivity EV-motor magnet rejects, rich in Dy and Tb, collected by the recycler from the magnet maker that made them',
  does: 'The Ningbo magnet maker scraps 25 t of high-coercivity sintered magnets for traction motors (failed coercivity test) and sells them as off-cuts and rejects to the Ganzhou recycler, which collects them on 2025-07-09 naming the magnet maker by its credit code. The lot carries the grade\'s mix: 3.5 % Dy and 1 % Tb besides Nd and Pr, higher in heavy rare earths than ordinary scrap.',
  expect: 'Nothing: the scrap has exactly the composition of the magnets it was made as, from a named magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const composition = typical('magnet-ndfeb-sintered-high-coercivity', tonnes(25));
    w.record(r.recycler, at('2025-08-07', '10:00'), [
      s.collect(r.recycler, 'col-2507-hc', at('2025-07-09'), { id: 'GZ-2507-HC', product: 'scrap-ndfeb-solid', massGrams: tonnes(25), composition }, { name: 'Ningbo Beilun Magnetics Co.', id: r.magnets.id }, r.recyclingPlant),
    ]);
    return { world: w, find: {} };
  },
});
