import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-80',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A third of a radioactive residue lot "drains away" between the plant and the store',
  does: 'The Baotou separator ships its June water-leach residue, 450 t, to the licensed store on 06-24 in open tipper trucks hired by the day. The store weighs 315 t in on 06-25 and records the receipt short, "wet filter cake, drained in transit"; it places the 315 t on 06-27. The other 135 t were tipped on the way into a private re-leaching pond in Shiguai that pays for thorium-bearing residue by the tonne. A filter cake holds perhaps a fifth of its weight in water, and it is weighed wet at both ends. Everyone reports on time.',
  expect: 'Thorium-bearing residue that leaves the plant and never reaches licensed disposal: a 30 % shortfall on a residue shipment is residue lost, not water. The residue lot, the shipment and the receipt.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const shipped = s.lot(june.residue).massGrams;
    const received = shipped - tonnes(135);
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), june.residue, shipped, r.disposer, undefined, 'open tippers, day hire'),
    ]);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, received, 'wet filter cake, drained in transit'),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), june.residue, received, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return {
      world: w,
      find: { lots: [june.residue], events: [r.separator.event('shp-2506-res'), r.disposer.event('rcv-2506-res')], parties: [r.separator.id] },
    };
  },
});
