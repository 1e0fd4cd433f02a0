import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-78',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The licensed store books a thorium-bearing residue lot as "incinerated" at its site',
  does: 'The licensed Baotou store receives the separator\'s June 2025 water-leach residue (450 t) on 06-25. Its cell is near capacity and a brickworks pays for the cake as a filler, so on 06-27 it books the whole lot as disposed of by incineration at its store. Burning does not remove thorium (a roasted cake is still radioactive, only drier), and the store has no incinerator licensed for it; the residue leaves by truck. The store reports June on 07-07.',
  expect: 'A radioactive residue disposed of by a method that cannot dispose of it: the disposal, the residue lot and the store.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    w.record(r.disposer, reportTime('2025-06', 7), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, residue.massGrams),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), june.residue, residue.massGrams, 'incineration', r.disposalSite),
    ]);
    return {
      world: w,
      find: { events: [r.disposer.event('dsp-2506-res')], lots: [june.residue], parties: [r.disposer.id] },
    };
  },
});
