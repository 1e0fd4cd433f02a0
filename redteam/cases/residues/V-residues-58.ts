import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { enterprise } from '../../lib/round16.ts';
import { juneWorld } from '../../lib/round17.ts';
import { dongshanRun } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-residues-58',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A third of the concentrator\'s thorium-bearing tailings sold to a Baotou cement works as iron corrective for its raw meal',
  does: 'The Dongshan concentrator floats 10,000 t of Bayan Obo ore on 2025-07-03. Its tailings are iron-rich, and a Baotou cement works, registered in the system as an end user of rare earth products, buys 3,000 t of them as iron corrective for its kiln feed (shipped 07-06, received 07-07), at a price the tailings store\'s fee makes attractive to the miner. The rest goes to the licensed tailings cell as usual. Everyone reports on time.',
  expect: 'Bayan Obo tailings, which carry the ore\'s thorium, sent to a cement works instead of a licensed tailings store: the shipment to the works and the tailings lot.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const works = enterprise(ctx, 'cement-works', ['end-user'], '包头冀东水泥有限公司', 'Baotou Jidong Cement Co.', '150200');
    const run = dongshanRun(ctx);
    const sold = tonnes(3_000);
    const rest = run.tailingsGrams - sold;
    w.record(r.miner, at('2025-08-05', '10:00'), [
      ...run.events,
      s.ship(r.miner, 'shp-2507-tlc', at('2025-07-06'), run.tailings, sold, works, 'TL-2507-C1', 'iron corrective, trucks to the cement works'),
      s.ship(r.miner, 'shp-2507-tl', at('2025-07-06', '14:00'), run.tailings, rest, r.disposer, 'TL-2507-S1', 'slurry pipeline to the tailings cell'),
    ]);
    const toWorks = r.miner.lot('TL-2507-C1');
    const toStore = r.miner.lot('TL-2507-S1');
    w.record(works, at('2025-08-06', '10:00'), [s.receive(works, 'rcv-2507-tl', at('2025-07-07'), toWorks, sold)]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-tl', at('2025-07-07'), toStore, rest),
      s.dispose(r.disposer, 'dsp-2507-tl', at('2025-07-08'), toStore, rest, 'tailings-storage', r.disposalSite),
    ]);
    return { world: w, find: { events: [r.miner.event('shp-2507-tlc')], lots: [toWorks, r.miner.lot(run.tailings)] } };
  },
});
