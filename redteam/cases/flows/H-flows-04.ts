import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { day, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-04',
  family: 'flows',
  violation: false,
  heldOut: false,
  title: 'Concentrate received 0.2 % light after a wet rail journey',
  does: 'The 1,000 t of concentrate shipped by rail arrive 2 t (0.2 %) light: drainage of moisture and wind loss from open wagons, as the weighbridge tickets at both ends show. The separator books the receipt at what arrived.',
  expect: 'Nothing: a fraction of a per cent on wet bulk ore carried 150 km is normal transit loss.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = '2025-06';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2506' });
    const arrivedGrams = shippedGrams - Math.round(shippedGrams * 0.002);
    const plan = separate(s.share(feed, arrivedGrams), 'SEP-2506', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(arrivedGrams) } });
    const residue = plan.residue!;
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2506-01', at(day(month, 11)), feed, arrivedGrams, 'weighbridge: 998 t (dispatch 1,000 t), moisture drainage'),
      s.process(r.separator, 'sep-2506-01', at(day(month, 20)), [{ lot: feed, massGrams: arrivedGrams }], plan.outputs, { facility: r.separationPlant }),
      s.ship(r.separator, 'shp-2506-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2506');
    return { world: w, find: {} };
  },
});
