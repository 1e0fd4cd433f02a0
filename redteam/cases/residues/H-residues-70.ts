import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-70',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Wet filter cake dried on the store\'s pad before placement: 6 % of the residue\'s mass was water',
  does: 'The separator\'s June 2025 water-leach residue leaves the filter presses as a wet cake. It sends all 450 t to the licensed store on 06-24 (received 06-25). The store\'s licence requires residue to be placed at under 15 % moisture, so it dries the cake on its covered drying pad for a day: the weighbridge then shows 423 t, and the store books the 27 t difference as water evaporated (6 %; an estimate for a pressed cake) before placing the whole dried lot in its cell on 06-27. Everyone reports on time.',
  expect: 'Nothing: the whole residue lot is placed in the licensed store; its mass fell by the water driven off, booked as such on the day, at the licensed store itself.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    const lot = r.separator.lot(residue.id);
    const water = Math.round(residue.massGrams * 0.06);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), lot, residue.massGrams),
      s.adjust(r.disposer, 'adj-2506-res', at('2025-06-26', '18:00'), lot, -water, 'filter cake dried on the covered drying pad before placement: moisture 6 %'),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), lot, residue.massGrams - water, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
