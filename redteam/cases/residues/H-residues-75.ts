import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-75',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Residue trucked on the evening of 30 June, placed in the store on 2 July: June\'s residue in July\'s disposal',
  does: 'The Baotou separator\'s June 2025 residue waits for the store\'s monthly acceptance slot and leaves on the evening of 06-30 (20:00); the store receives it on 07-01 at 08:00 and places it on 07-02. The separator reports the shipment with June (07-06), the store the receipt and placement with July (08-07). The residue is never more than two days out of a licensed place or in transit.',
  expect: 'Nothing: a residue shipped at a month end and stored at the start of the next, each side reporting its own month.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-30', '20:00'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-res', at('2025-07-01'), june.residue, residue.massGrams),
      s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-02'), june.residue, residue.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
