import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-05',
  family: 'residues',
  violation: false,
  heldOut: false,
  title: 'Residue received in June, placed in the store in July',
  does: 'The disposer receives June\'s residue on 2025-06-25 into its reception bay and places it in the radioactive store on 2025-07-09, after its acceptance assay; June\'s report shows the receipt, July\'s the disposal.',
  expect: 'Nothing: the residue is in the licensed disposer\'s custody from receipt; disposal follows within weeks.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const grams = s.lot(june.residue).massGrams;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), june.residue, grams, r.disposer)]);
    w.record(r.disposer, at('2025-07-07', '10:00'), [s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, grams, 'reception bay 2, awaiting acceptance assay')]);
    w.record(r.disposer, at('2025-08-05', '10:00'), [s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-09'), june.residue, grams, 'radioactive-waste-storage', r.disposalSite)]);
    return { world: w, find: {} };
  },
});
