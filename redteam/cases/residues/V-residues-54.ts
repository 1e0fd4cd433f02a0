import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-54',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The residue store signs for June\'s residue trucks with a zero receipt, "load rejected at the gate", and the trucks never come back',
  does: 'The Baotou separator ships its June 2025 water-leach residue (450 t, thorium-bearing) to the licensed store on 06-24. On 06-25 the store\'s gate clerk books the receipt at 0 t, "load rejected: liners torn, returned to sender". Nothing comes back to the separator, which never records a return, a re-shipment or a loss; the store never places anything. The hauliers tip the residue in a gravel pit near Shiguai, paid from the disposal fee the two split.',
  expect: 'A radioactive residue lot that left its maker and was received by nobody: the zero receipt, the shipped residue lot and the separator\'s shipment.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    w.record(r.disposer, at('2025-07-07', '10:00'), [s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, 0, 'load rejected at the gate: liners torn, returned to sender')]);
    return {
      world: w,
      find: { events: [r.disposer.event('rcv-2506-res'), r.separator.event('shp-2506-res')], lots: [june.residue] },
    };
  },
});
