import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { day, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-01',
  family: 'conservation',
  violation: false,
  heldOut: false,
  title: 'An old plant recovering just above the legal floor',
  does: 'The separator\'s ageing line recovers 89 % of every element in June (the 2016 industry conditions ask > 92 % to mixed rare earths and > 96 % from there: 88.3 % overall). The rest goes to effluent treatment sludge and the water-leach residue, as the process note says.',
  expect: 'Nothing: 89 % is within the recovery norms in shared/DOMAIN.md; a balance rule must allow the losses the norms allow.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = '2025-06';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2506' });
    const plan = separate(s.lot(feed).composition, 'SEP-2506', { recovery: 0.89, residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2506-01', at(day(month, 11)), feed, shippedGrams),
      s.process(r.separator, 'sep-2506-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, {
        facility: r.separationPlant, note: 'line 2 (1998): recovery 89 %, losses to neutralisation sludge and water-leach residue',
      }),
      s.ship(r.separator, 'shp-2506-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2506');
    return { world: w, find: {} };
  },
});
