import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';
import { dongshanRun } from '../../lib/round20.ts';

export default defineCase({
  id: 'H-residues-58',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Nine thousand tonnes of flotation tailings piped to the licensed tailings cell the day after the run, the concentrate kept at the mine',
  does: 'The Dongshan concentrator floats 10,000 t of Bayan Obo ore on 2025-07-03 into about 940 t of 50 % concentrate, which it stockpiles for the August train, and some 9,060 t of tailings, all piped on 07-04 to the Baotou store\'s licensed tailings cell, which receives them on 07-05 and places them on 07-06. A cement works has asked to buy the iron-rich tailings; the miner has declined. Everyone reports on time.',
  expect: 'Nothing: every tonne of tailings in a store licensed for them within three days of the run.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const run = dongshanRun(ctx);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      ...run.events,
      s.ship(r.miner, 'shp-2507-tl', at('2025-07-04'), run.tailings, run.tailingsGrams, r.disposer, undefined, 'slurry pipeline to the tailings cell'),
    ]);
    const lot = r.miner.lot(run.tailings);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-tl', at('2025-07-05'), lot, run.tailingsGrams),
      s.dispose(r.disposer, 'dsp-2507-tl', at('2025-07-06'), lot, run.tailingsGrams, 'tailings-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
