import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-54',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Residue wagons held nine days at a marshalling yard while the store\'s rail siding is relaid, then received and placed in full',
  does: 'The Baotou separator consigns its June 2025 water-leach residue (450 t, sealed wagons) to the licensed store by rail on 06-21. The store\'s siding is closed for relaying from 06-20 to 06-29 and the railway holds the wagons at Baotou East yard under seal. They are shunted in on 06-30; the store weighs and receives the full 450 t that day and places them in its radioactive cell on 07-02. June is reported by both on 07-06 and 07-07, July\'s placement with July.',
  expect: 'Nothing: nine days in the railway\'s custody under seal, every tonne received and placed in the licensed store within a fortnight of the shipment.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-21'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed wagons by rail; store siding closed 06-20 to 06-29')]);
    w.record(r.disposer, at('2025-07-07', '10:00'), [s.receive(r.disposer, 'rcv-2506-res', at('2025-06-30', '15:00'), june.residue, residue.massGrams, 'wagons held at Baotou East under seal during the siding relay')]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-02'), june.residue, residue.massGrams, 'radioactive-waste-storage', r.disposalSite)]);
    return { world: w, find: {} };
  },
});
