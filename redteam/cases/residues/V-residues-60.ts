import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-60',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The licensed residue store takes in a residue lot, stores two thirds of it and sells the rest to a trader',
  does: 'The separator sends its June 2025 water-leach residue, 450 t, to the licensed Baotou residue store on 06-24, as always; the store receives it on 06-25. It places 300 t in its cells on 06-27. The other 150 t, the richest part of the load by its assay, it sells on 06-28 to the Beijing trader, which has buyers among small leaching workshops and receives the load on 06-30. The separator\'s books are clean; the store\'s show radioactive residue going out of its gate to a party that may not hold it. Everyone reports June by the 7th of July.',
  expect: 'Thorium-bearing residue leaving licensed disposal for a party with no disposal licence, by the disposer itself; the disposer\'s shipment, the residue lot it split off, and the disposer.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    const stored = tonnes(300);
    const sold = residue.massGrams - stored;
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, residue.massGrams),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), june.residue, stored, 'radioactive-waste-storage', r.disposalSite),
      s.ship(r.disposer, 'shp-2506-res', at('2025-06-28'), june.residue, sold, r.trader, 'RES-2506-T1'),
    ]);
    w.record(r.trader, at('2025-07-07', '11:00'), [s.receive(r.trader, 'rcv-2506-res', at('2025-06-30'), r.disposer.lot('RES-2506-T1'), sold)]);
    return {
      world: w,
      find: { events: [r.disposer.event('shp-2506-res')], lots: [r.disposer.lot('RES-2506-T1')], parties: [r.disposer.id] },
    };
  },
});
