import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-73',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A separator books its residue "placed in the licensed store" itself, with no shipment to the store',
  does: 'The Baotou separator\'s June 2025 water-leach residue (450 t) never leaves its yard by the books: on 06-27 the separator itself records its disposal by radioactive waste storage, noting the Baotou residue store, and names no facility. It ships nothing to the store, which receives nothing; the residue is in fact piled in an old gully behind the plant. The separator holds no disposal licence and no store. Reported on time.',
  expect: 'A radioactive residue disposed of by a party with no disposal licence, with no shipment to a licensed store: the disposal, the residue lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.dispose(r.separator, 'dsp-2506-res', at('2025-06-27'), residue.id, residue.massGrams, 'radioactive-waste-storage'),
    ]);
    return { world: w, find: { events: [r.separator.event('dsp-2506-res')], lots: [june.residue], parties: [r.separator.id] } };
  },
});
