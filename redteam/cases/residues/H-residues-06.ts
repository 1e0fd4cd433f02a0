import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract } from '../../lib/chem.ts';
import { day, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-06',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A poor leach month leaves a richer residue',
  does: 'A cold snap slows the water leach in December: the separator recovers 93 % instead of 95 %, and the residue carries three times its usual rare earths (about 4 % RE, still the ore\'s own distribution, mostly Ce and La). It goes to the licensed disposer as always.',
  expect: 'Nothing: a residue somewhat richer than usual, with the feed\'s distribution, and a recovery still above the norm.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = '2025-12';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2512' });
    const held = s.lot(feed).composition;
    const plan = separate(held, 'SEP-2512', { recovery: 0.93, residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    // The unleached part follows the feed's distribution: 60 % of what the products did not take.
    const recovered = scale(held, 0.93);
    residue.composition = scale(subtract(held, recovered), 0.6);
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2512-01', at(day(month, 11)), feed, shippedGrams),
      s.process(r.separator, 'sep-2512-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'leach temperature low (cold snap): recovery 93 %' }),
      s.ship(r.separator, 'shp-2512-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2512');
    return { world: w, find: {} };
  },
});
