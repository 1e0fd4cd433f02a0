import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-43',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'June\'s residue leaves in two convoys, 280 t on 24 June and 170 t on 8 July after the store\'s trucks return from a turnaround',
  does: 'The store\'s licensed sealed-truck fleet takes 280 t of June\'s 450 t of water-leach residue on 2025-06-24 (received 06-25, placed 06-27). The fleet is then sent for its annual inspection; the other 170 t wait in the separator\'s lined temporary store and leave on 2025-07-08, received on 07-09 and placed on 07-10.',
  expect: 'Nothing: a residue lot delivered whole to licensed storage in two loads two weeks apart, every tonne received and placed.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const first = tonnes(280);
    const second = s.lot(june.residue).massGrams - first;
    w.record(r.separator, at('2025-07-06', '15:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), june.residue, first, r.disposer, 'SEP-2506-RES-S1', 'sealed residue trucks')]);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), r.separator.lot('SEP-2506-RES-S1'), first),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), r.separator.lot('SEP-2506-RES-S1'), first, 'radioactive-waste-storage', r.disposalSite),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-res', at('2025-07-08'), june.residue, second, r.disposer, 'SEP-2506-RES-S2', 'sealed residue trucks')]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-res', at('2025-07-09'), r.separator.lot('SEP-2506-RES-S2'), second),
      s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-10'), r.separator.lot('SEP-2506-RES-S2'), second, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
