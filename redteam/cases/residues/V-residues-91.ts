import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-91',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The licensed radioactive store tips a residue lot into its ordinary landfill cell',
  does: 'The licensed Baotou residue store runs a lined radioactive cell and, beside it, an ordinary landfill cell for the general waste of its own site. Its radioactive cell is nearly full until the new one opens in the autumn, so it receives the separator\'s June 2025 water-leach residue (450 t, shipped 06-24, received 06-25) and on 06-27 tips it into the ordinary cell, booking the disposal by landfill. Its licence covers the residue, the receipt is in order and the lot is gone from the books; but thorium-bearing residue may go only to radioactive waste storage. Everyone reports on time.',
  expect: 'A radioactive residue disposed of by landfill, a method that is not radioactive waste storage, even by a licensed disposer: the disposal and the residue lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, residue.massGrams),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), june.residue, residue.massGrams, 'landfill', r.disposalSite),
    ]);
    return {
      world: w,
      find: { events: [r.disposer.event('dsp-2506-res')], lots: [june.residue], parties: [r.disposer.id] },
    };
  },
});
