import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-90',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Residue cemented before placement: the lot grows by 30 % in cement and water at the licensed store',
  does: 'The licensed Baotou store receives the separator\'s June 2025 water-leach residue (450 t, shipped 06-24, received 06-25). Its licence requires thorium-bearing residue to be solidified before it goes into the cell, so on 06-26 it mixes the residue with cement and water (0.3 t per tonne of residue, an estimate for cement solidification) and books the 135 t added as a count difference with no rare earths in it; on 06-27 it places all 585 t of cemented residue in its radioactive cell. Everyone reports on time.',
  expect: 'Nothing: all of the residue, and its rare earths, is placed in the licensed store; the extra mass is cement and water, booked as such, at the store.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    const cement = Math.round(residue.massGrams * 0.3);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, residue.massGrams),
      s.adjust(r.disposer, 'adj-2506-cem', at('2025-06-26', '17:00'), june.residue, cement, 'cement solidification before placement: 0.3 t of cement and water per tonne of residue, no rare earths added'),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), june.residue, residue.massGrams + cement, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
