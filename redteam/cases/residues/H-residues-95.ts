import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-95',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'The residue store re-weighs a lot on its calibrated weighbridge and books 1.2 t (0.27 %) more before placing it',
  does: 'The Baotou separator ships June\'s 450 t of water-leach residue on 2025-06-24; the store receives it on 06-25 at the plant\'s weight. Its own weighbridge, calibrated in May, reads 1.2 t more over the 18 truckloads (0.27 %, within the two scales\' tolerances, an estimate); on 06-26 it books the difference as a positive adjustment at the lot\'s grade, with the reason, and places 451.2 t on 06-27.',
  expect: 'Nothing: a small weighing difference between two scales, booked openly before placement; nothing enters the store that did not come from the campaign.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): a 0.27 % difference between two calibrated weighbridges.
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const res = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), res.id, res.massGrams, r.disposer, undefined, 'sealed residue trucks, 18 loads')]);
    const extra = 1_200_000;
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, res.massGrams),
      s.adjust(r.disposer, 'adj-2506-res', at('2025-06-26'), june.residue, extra, 'store weighbridge (calibrated 2025-05-14) reads 1.2 t more over 18 loads than the plant scale'),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), june.residue, res.massGrams + extra, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
