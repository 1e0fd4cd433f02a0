import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { day, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-05',
  family: 'conservation',
  violation: true,
  heldOut: false,
  title: 'Recovery far below the industry floor, the difference sold off-book',
  does: 'The separator declares its month at 72 % recovery of every element (the law\'s floor is about 88 %: > 92 % to mixed rare earths, > 96 % to separated products). About 110 t REO of separated product leaves unrecorded; the residue declared is the usual one.',
  expect: 'The separator\'s June balance: some 22 % of the REO fed in is neither in products, residue nor any declared loss; the process event.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = '2025-06';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2506' });
    const plan = separate(s.lot(feed).composition, 'SEP-2506', { recovery: 0.72, residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2506-01', at(day(month, 11)), feed, shippedGrams),
      s.process(r.separator, 'sep-2506-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant }),
      s.ship(r.separator, 'shp-2506-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2506');
    return { world: w, find: { parties: [r.separator.id], events: [r.separator.event('sep-2506-01')] } };
  },
});
