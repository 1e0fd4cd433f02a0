import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-47',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'June\'s residue goes to the licensed store in two loads, 300 t in June and 150 t in mid-July when its intake reopens',
  does: 'The licensed residue store limits intake while a new cell is lined (an estimate of normal operations). The Baotou separator sends 300 t of its June water-leach residue on 06-24 and keeps 150 t in its covered, bunded residue shed until 07-15; the store receives and stores both loads. At the end of June 150 t of residue sits at the plant.',
  expect: 'Nothing: all the residue reaches the licensed store within a month; holding residue in a bunded shed between loads is ordinary.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const rest = s.lot(lots.residue).massGrams - tonnes(300);
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), lots.residue, tonnes(300), r.disposer, 'SEP-2506-RES-L1', 'sealed residue trucks'),
    ]);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), r.separator.lot('SEP-2506-RES-L1'), tonnes(300)),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), r.separator.lot('SEP-2506-RES-L1'), tonnes(300), 'radioactive-waste-storage', r.disposalSite),
    ]);
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-res', at('2025-07-15'), lots.residue, rest, r.disposer, 'SEP-2506-RES-L2', 'sealed residue trucks, second load'),
    ]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-res', at('2025-07-16'), r.separator.lot('SEP-2506-RES-L2'), rest),
      s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-18'), r.separator.lot('SEP-2506-RES-L2'), rest, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
