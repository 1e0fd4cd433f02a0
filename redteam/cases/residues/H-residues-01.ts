import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-01',
  family: 'residues',
  violation: false,
  heldOut: false,
  title: 'Residue stored six weeks at the plant, then disposed of',
  does: 'The disposer\'s store is closed for relining in July, so the separator keeps June\'s residue in its licensed, lined temporary store and ships it on 2025-08-04; the disposer receives and stores it the next day.',
  expect: 'Nothing: residue held some six weeks in temporary storage and then delivered to licensed disposal.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const grams = s.lot(june.residue).massGrams;
    w.record(r.separator, at('2025-09-05', '10:00'), [s.ship(r.separator, 'shp-2508-res', at('2025-08-04'), june.residue, grams, r.disposer, undefined, 'held in temporary store T2 while the disposal site was relined')]);
    w.record(r.disposer, at('2025-09-06', '10:00'), [
      s.receive(r.disposer, 'rcv-2508-res', at('2025-08-05'), june.residue, grams),
      s.dispose(r.disposer, 'dsp-2508-res', at('2025-08-05', '15:00'), june.residue, grams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
