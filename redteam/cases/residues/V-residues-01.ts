import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-01',
  family: 'residues',
  violation: true,
  heldOut: false,
  title: 'Radioactive residue kept at the plant for half a year',
  does: 'The separator keeps June\'s 450 t of thorium-bearing water-leach residue in its own yard instead of sending it to the licensed disposer, and goes on reporting normally (its December month is honest). Half a year on, the residue is still on its books, never shipped nor disposed of.',
  expect: 'A radioactive residue lot held far beyond any storage limit; the lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    honestMonth(ctx, '2025-12');
    return { world: ctx.w, find: { lots: [june.residue], parties: [ctx.r.separator.id] } };
  },
});
