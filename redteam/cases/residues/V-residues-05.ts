import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-05',
  family: 'residues',
  violation: true,
  heldOut: false,
  title: 'Residue written off the books by a stock adjustment',
  does: 'The separator keeps June\'s residue in its yard, then in August writes the whole 450 t off with a negative adjustment, "washed out by rainstorm, settled into the tailings pond". Nothing was shipped or disposed of; the residue left the books through the adjustment.',
  expect: 'A residue lot leaving the books by adjustment rather than licensed disposal; the adjust event and the lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const grams = s.lot(june.residue).massGrams;
    w.record(r.separator, at('2025-09-05', '10:00'), [
      s.adjust(r.separator, 'adj-2508-res', at('2025-08-14'), june.residue, -grams, 'washed out by rainstorm of 2025-08-12, settled into the tailings pond'),
    ]);
    return { world: w, find: { events: [r.separator.event('adj-2508-res')], lots: [june.residue] } };
  },
});
