import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-03',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A separator buries its own radioactive residue',
  does: 'The separator records its June water-leach residue as disposed of at its own separation plant, by landfill. It holds no disposal licence; the plant is no disposal site.',
  expect: 'A disposal of thorium-bearing residue by a party and at a facility with no disposal licence; the dispose event.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.dispose(r.separator, 'dsp-2506-res', at('2025-06-28'), june.residue, s.lot(june.residue).massGrams, 'landfill', r.separationPlant),
    ]);
    return { world: w, find: { events: [r.separator.event('dsp-2506-res')], lots: [june.residue] } };
  },
});
