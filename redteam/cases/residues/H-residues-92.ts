import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-92',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A wet residue load weighs 3 % less at the store: water drained from the filter cake through the truck beds\' drain valves',
  does: 'The Baotou separator ships its June 2025 water-leach residue (450 t) to the licensed store on 06-24 straight off the filter presses, after a night of rain. The sealed trucks\' drain valves let free water out into the collection sumps at the store gate. The store weighs 436.5 t on 06-25 (3 % less, an estimate for a freshly pressed, rain-wet cake), books the receipt at that weight with the reason, and places all of it in its radioactive cell on 06-27. Everyone reports on time.',
  expect: 'Nothing: a small, explained loss of water on the road; every tonne that arrived is placed in the licensed store.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    const received = Math.round(residue.massGrams * 0.97);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, received, 'free water drained from the rain-wet filter cake through the drain valves, 3 % of the load'),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), june.residue, received, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
