import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-41',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Radioactive residue six months "on the road" between the plant and the store',
  does: 'The separator ships its June 2025 water-leach residue, 450 t, to the licensed residue store on 06-24 and reports the shipment with June. Off the plant\'s books, the residue is no longer its problem; not yet received, it is not the store\'s. The sealed trucks go no further than a hired logistics yard in Shiguai, where the drums stand in the open through the summer rains, while the store, full until its new cell is finished, "has not taken delivery". The store receives the 450 t on 12-18 and places them in its new cell on 12-20, reporting both with December.',
  expect: 'Residue held beyond any limit by being kept in transit: radioactive residue shipped but received and disposed of six months later; the shipment, the residue lot and the two parties.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    w.record(r.disposer, at('2026-01-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2512-res', at('2025-12-18'), june.residue, residue.massGrams),
      s.dispose(r.disposer, 'dsp-2512-res', at('2025-12-20'), june.residue, residue.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return {
      world: w,
      find: { events: [r.separator.event('shp-2506-res'), r.disposer.event('rcv-2512-res')], lots: [june.residue], parties: [r.separator.id, r.disposer.id] },
    };
  },
});
