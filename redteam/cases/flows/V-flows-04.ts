import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-04',
  family: 'flows',
  violation: true,
  heldOut: false,
  title: 'Concentrate passed to a recycler through a trader that renames it',
  does: 'The Beijing trader buys 200 t of Bayan Obo concentrate from the miner, "processes" it into 200 t of "spent polishing powder" (same composition) and sells that to the Ganzhou recycler, which separates it. Recyclers may not buy or process mineral products; one leg each looks legal.',
  expect: 'A recycler processing what was mined concentrate two legs upstream; the renamed lot, the trader and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(200);
    w.record(r.miner, at('2025-08-05', '10:00'), [s.ship(r.miner, 'shp-2507-tr', at('2025-07-02'), 'BC-2506-01', grams, r.trader, 'BC-2506-01-T1')]);
    const concentrate = r.miner.lot('BC-2506-01-T1');
    const composition = s.lot(concentrate).composition;
    w.record(r.trader, at('2025-08-06', '10:00'), [
      s.receive(r.trader, 'rcv-2507-bc', at('2025-07-04'), concentrate, grams),
      s.process(r.trader, 'pak-2507-pp', at('2025-07-07'), [{ lot: concentrate, massGrams: grams }], [{ id: 'ZGC-2507-PP1', product: 'scrap-polishing-powder', massGrams: grams, composition: { ...composition } }], { note: 'sorted' }),
      s.ship(r.trader, 'shp-2507-pp', at('2025-07-09'), 'ZGC-2507-PP1', grams, r.recycler),
    ]);
    const renamed = r.trader.lot('ZGC-2507-PP1');
    const plan = separate(composition, 'RC-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(grams) } });
    const residue = plan.residue!;
    w.record(r.recycler, at('2025-08-07', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-pp', at('2025-07-11'), renamed, grams),
      s.process(r.recycler, 'rec-2507-01', at('2025-07-20'), [{ lot: renamed, massGrams: grams }], plan.outputs, { facility: r.recyclingPlant }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-22'), residue.id, residue.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: { lots: [renamed, concentrate], parties: [r.trader.id, r.recycler.id] } };
  },
});
