import { defineCase } from '../../lib/case.ts';
import { add, at } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separateShipment } from '../../lib/round7.ts';

export default defineCase({
  id: 'H-residues-77',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'June\'s and July\'s residues consolidated into one sealed lot for a single rail consignment to the store',
  does: 'The road to the licensed store is closed for resurfacing from mid-June to late July, so the Baotou separator keeps its June 2025 residue (450 t) in its licensed interim bay. On 07-26, with July\'s residue (450 t) made, it re-drums both into one sealed 900 t lot for a single rail consignment (no rare earths added or removed), ships it on 07-28, and the store receives it on 07-30 and places it on 07-31. June\'s residue waited five weeks. Everyone reports on time.',
  expect: 'Nothing: all of both residues, with all their rare earths, reach the licensed store within weeks; merging two lots into one is packing, not processing.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const plan = separateShipment(ctx, '2025-07', july.feed, july.shippedGrams, '2507', { disposal: false });
    const juneRes = june.separation.residue!;
    const julyRes = plan.residue!;
    const merged = { id: 'RES-2507-CONS', product: 'slag-water-leach-residue', massGrams: juneRes.massGrams + julyRes.massGrams, composition: add(s.lot(june.residue).composition, s.lot(r.separator.lot(julyRes.id)).composition) };
    w.record(r.separator, at('2025-08-06', '14:00'), [
      s.process(r.separator, 'con-2507-res', at('2025-07-26'), [{ lot: juneRes.id, massGrams: juneRes.massGrams }, { lot: julyRes.id, massGrams: julyRes.massGrams }], [merged], { facility: r.separationPlant, note: 'June and July residues re-drummed together and sealed for one rail consignment; nothing added or removed' }),
      s.ship(r.separator, 'shp-2507-cons', at('2025-07-28'), merged.id, merged.massGrams, r.disposer, undefined, 'sealed drums, rail wagons 5510–5524'),
    ]);
    const lot = r.separator.lot(merged.id);
    w.record(r.disposer, reportTime('2025-07', 7), [
      s.receive(r.disposer, 'rcv-2507-cons', at('2025-07-30'), lot, merged.massGrams),
      s.dispose(r.disposer, 'dsp-2507-cons', at('2025-07-31'), lot, merged.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
