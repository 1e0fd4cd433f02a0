import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { day, honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addSisterSeparator } from '../../lib/round8.ts';

export default defineCase({
  id: 'V-licences-71',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A 1,500 t-a-year separation plant separates on a quota no plant under 2,000 t may hold',
  does: 'The quota notices give no separation quota to plants under 2,000 t REO a year. The Northern group nonetheless hands 1,200 t REO of its separation quota to a small Baotou subsidiary whose separation licence is for 1,500 t REO a year, to keep its workforce busy. In July 2025 the miner ships it 300 t of concentrate (07-10); the small plant receives it on 07-11, separates it at 95 % on 07-20 and sends its 135 t of residue to the licensed store on 07-24. Its figures are honest, inside its licence and its allocation, and reported on time.',
  expect: 'Separation on a quota the plant may not hold: a plant licensed under the 2,000 t REO threshold has no quota to separate on; the small separator and its July separation.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { sister, sisterPlant } = addSisterSeparator(ctx, 1_500, 1_200);
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
    return { world: w, find: { parties: [sister.id], events: [sister.event('sep-2507-01')] } };
  },
});
