import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { day, honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addSisterSeparator } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-licences-71',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A plant licensed for exactly 2,000 t a year separates on its group\'s allocation',
  does: 'The quota notices give no separation quota to plants under 2,000 t REO a year. A small Baotou subsidiary of the Northern group is licensed for exactly 2,000 t REO a year, the threshold, and the group allocates it 1,500 t of its separation quota. In July 2025 the miner ships it 300 t of concentrate (07-10); it receives them on 07-11, separates them at 95 % on 07-20 and sends its 135 t of residue to the licensed store on 07-24. Everything is reported on time.',
  expect: 'Nothing: a plant of 2,000 t a year is not under the threshold, so it may hold an allocation; its separation is inside its licence and its quota.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { sister, sisterPlant } = addSisterSeparator(ctx, 2_000, 1_500);
    const month = '2025-07';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2507', minedTonnes: 400, shippedTonnes: 300, to: sister });
    const plan = separate(s.lot(feed).composition, 'GX-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    w.record(sister, reportTime(month, 6), [
      s.receive(sister, 'rcv-2507-01', at(day(month, 11), '09:00'), feed, shippedGrams),
      s.process(sister, 'sep-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: sisterPlant }),
      s.ship(sister, 'shp-2507-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, sister.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: {} };
  },
});
