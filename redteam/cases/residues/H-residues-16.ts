// Figures as the baseline's (chain.ts): 0.45 t of water-leach residue per t of feed. The residue is
// loaded wet; 2 % of its mass draining off in the trucks and the store's reception bay is an estimate.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-residues-16',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'The licensed residue store weighs in 441 t of the 450 t of wet water-leach residue the separator sent: the rest drained into its leachate pond',
  does: 'The Baotou separator ships June\'s 450 t of water-leach residue, filter cake still wet, to the licensed residue store on 2025-06-24. The store weighs the trucks in on 06-25 at 441 t: 9 t of water drained off on the road and in the reception bay into the store\'s lined leachate pond, which it treats as liquid waste under its permit. It places the 441 t in its cells on 06-27. The separator reports June on 07-06, the store on 07-07.',
  expect: 'Nothing: a wet residue loses water between the filter press and the weighbridge; the whole shipment reached the licensed store, and a 2 % shortfall of water is no missing residue.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const shipped = s.lot(june.residue).massGrams;
    const received = Math.round(shipped * 0.98);
    w.record(r.separator, on('2025-07-06', '11:00'), [
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), 'SEP-2506-RES', shipped, r.disposer, undefined, 'sealed residue trucks, wet filter cake'),
    ]);
    w.record(r.disposer, on('2025-07-07'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, received, 'weighbridge 441 t: drainage to the lined leachate pond, treated as liquid waste under the permit'),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), june.residue, received, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
