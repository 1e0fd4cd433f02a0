import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-residues-56',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The residue store voids a six-month-old placement by correction and sells a third of the "unplaced" residue to the recycler as leach feed',
  does: 'The Baotou store received the separator\'s 450 t of June water-leach residue on 2025-06-25 and placed it in cell 2 on 06-27, reported on 07-07. In December, short of cash, it files a correction that voids the placement, "entered in error: the lot stayed in the receiving shed", which puts the residue back in its books; on 12-12 it ships 150 t of it to the Ganzhou recycler as "rare earth-bearing leach feed" (received 12-14) and on 12-15 places the other 300 t again.',
  expect: 'A placement in a licensed store undone months later, and radioactive residue leaving the store for a recycler: the correction, the shipment to the recycler and the residue lot.',
  build() {
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const residue = june.residue;
    const sold = tonnes(150);
    w.record(r.disposer, at('2025-12-10', '16:00'), [
      s.correct('cor-2506-res', at('2025-12-10', '15:00'), 'dsp-2506-res', 'placement entered in error: the lot stayed in the receiving shed'),
    ]);
    w.record(r.disposer, at('2026-01-05', '10:00'), [
      s.ship(r.disposer, 'shp-2512-res', at('2025-12-12'), residue, sold, r.recycler, 'RES-2506-OUT', 'bagged residue, "leach feed"'),
      s.dispose(r.disposer, 'dsp-2512-res', at('2025-12-15'), residue, tonnes(450) - sold, 'radioactive-waste-storage', r.disposalSite),
    ]);
    const out = r.disposer.lot('RES-2506-OUT');
    w.record(r.recycler, at('2026-01-06', '10:00'), [s.receive(r.recycler, 'rcv-2512-res', at('2025-12-14'), out, sold)]);
    return { world: w, find: { events: [r.disposer.event('cor-2506-res'), r.disposer.event('shp-2512-res')], lots: [residue, out] } };
  },
});
