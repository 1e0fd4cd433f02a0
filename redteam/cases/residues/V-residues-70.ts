import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-70',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The licensed residue store places two thirds of a lot and sells the rest to a recycler as leach feed',
  does: 'The separator sends its June 2025 water-leach residue, 450 t of thorium-bearing filter cake, to the licensed radioactive residue store on 06-24, as it should. The store receives it on 06-25 but places only 300 t in its cells (06-27). A Ganzhou recycler has offered ¥300 a tonne for rare-earth-bearing residue to run through its leach tanks, so on 07-03 the store ships it the other 150 t, which the recycler receives on 07-05. Everyone reports on time; on paper the separator has done everything right.',
  expect: 'Radioactive residue leaving licensed disposal for a party that may not hold it: the store\'s shipment to the recycler, the shipped lot, the store and the recycler\'s receipt.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    const lot = r.separator.lot(residue.id);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), lot, residue.massGrams),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), lot, tonnes(300), 'radioactive-waste-storage', r.disposalSite),
    ]);
    const sold = residue.massGrams - tonnes(300);
    w.record(r.disposer, at('2025-08-05', '10:00'), [s.ship(r.disposer, 'shp-2507-res', at('2025-07-03'), lot, sold, r.recycler, 'BRD-2507-01', 're-leach feed')]);
    const resold = r.disposer.lot('BRD-2507-01');
    w.record(r.recycler, at('2025-08-06', '10:00'), [s.receive(r.recycler, 'rcv-2507-res', at('2025-07-05'), resold, sold)]);
    return {
      world: w,
      find: { events: [r.disposer.event('shp-2507-res'), r.recycler.event('rcv-2507-res')], lots: [resold], parties: [r.disposer.id] },
    };
  },
});
