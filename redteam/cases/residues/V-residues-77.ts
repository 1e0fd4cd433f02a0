import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-77',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Residue received by the licensed store, sent back "for re-drumming" a week later and never sent again',
  does: 'The Baotou separator ships its June 2025 water-leach residue (450 t) to the licensed store on 06-24; the store receives it on 06-25 and, on 06-30, ships it back, "drums corroded, to be re-drummed before acceptance"; the separator books it back on 07-01. The residue then sits in the separator\'s yard: it runs its ordinary December campaign and sends that month\'s residue to the store, but the June lot is still on its books at the end of the year. On paper the June residue "went to the store"; in fact it never left the plant for good.',
  expect: 'A radioactive residue that came back from the store and stayed at the plant for six months: the residue lot, its return shipment and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    w.record(r.disposer, reportTime('2025-06', 7), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, residue.massGrams),
      s.ship(r.disposer, 'shp-2506-ret', at('2025-06-30'), june.residue, residue.massGrams, r.separator, undefined, 'returned: drums corroded, to be re-drummed before acceptance'),
    ]);
    w.record(r.separator, reportTime('2025-07', 6), [s.receive(r.separator, 'rcv-2506-ret', at('2025-07-01'), june.residue, residue.massGrams, 'returned by the store for re-drumming')]);
    honestMonth(ctx, '2025-12');
    return {
      world: w,
      find: { events: [r.disposer.event('shp-2506-ret'), r.separator.event('rcv-2506-ret')], lots: [june.residue], parties: [r.separator.id] },
    };
  },
});
