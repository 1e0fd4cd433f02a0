import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-61',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A residue load turned back at the store\'s gate for a broken seal, re-sealed and sent again',
  does: 'The separator ships its June 2025 residue, 450 t, to the licensed store on 06-21. At the gate on 06-22 the store finds the seal on one of the trucks broken; its rules forbid accepting a load whose seals do not match the manifest, so it takes the convoy in, checks it, and sends it straight back the same day. The separator receives it on 06-23, re-weighs and re-seals every truck, and ships it again on 06-24; the store receives it on 06-25 and places it in its cells on 06-27. The residue goes from the plant to the store and back, and out again. The separator reports June on 07-08, the store on 07-09, both before the 10th.',
  expect: 'Nothing: every tonne of the residue ends in licensed disposal within a week of its making; a return to the sender at the gate is a shipment and a receipt, not a diversion.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    const grams = residue.massGrams;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-21'), residue.id, grams, r.disposer, undefined, 'sealed residue trucks, manifest RM-0621')]);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-22', '10:00'), june.residue, grams),
      s.ship(r.disposer, 'ret-2506-res', at('2025-06-22', '15:00'), june.residue, grams, r.separator, undefined, 'returned at the gate: seal of truck 蒙B·7K213 does not match manifest RM-0621'),
    ]);
    w.record(r.separator, at('2025-07-08', '10:00'), [
      s.receive(r.separator, 'rcv-2506-ret', at('2025-06-23'), june.residue, grams),
      s.ship(r.separator, 'shp-2506-res2', at('2025-06-24'), residue.id, grams, r.disposer, undefined, 're-weighed and re-sealed, manifest RM-0624'),
    ]);
    w.record(r.disposer, at('2025-07-09', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res2', at('2025-06-25'), june.residue, grams),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), june.residue, grams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
