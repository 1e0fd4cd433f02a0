import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-74',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'The ecology bureau draws 20 kg of a residue lot for a radioactivity assay before it is placed',
  does: 'The Baotou residue store receives the separator\'s June 2025 water-leach residue (450 t) on 06-25. On 06-26 inspectors of the Baotou ecology and environment bureau draw 20 kg of it for a thorium and uranium assay, and the store books the sample as a stock loss with the bureau\'s sampling record number; on 06-27 it places the remaining 449.98 t in its licensed store. Reported on time.',
  expect: 'Nothing: a residue lot placed in a licensed store but for a small, documented official sample.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    const sample = tonnes(0.02);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, residue.massGrams),
      s.adjust(r.disposer, 'adj-2506-smp', at('2025-06-26'), june.residue, -sample, 'sample drawn by the Baotou ecology and environment bureau for radionuclide assay, record BTHJ-2025-0626-03'),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), june.residue, residue.massGrams - sample, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
