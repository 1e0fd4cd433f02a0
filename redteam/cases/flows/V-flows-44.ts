import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-44',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'The miner\'s 200 t of leftover concentrate goes to the residue store and on to the Ganzhou recycler as "store clearance"',
  does: 'The miner sends the 200 t of June concentrate left in its yard to the licensed residue disposer on 2025-07-05 ("off-grade stockpile for disposal"); the disposer receives it on 07-06 and, instead of storing it, sells it on 07-20 to the Ganzhou recycler, which receives it on 07-22 and runs it through its leach line on 07-28 into NdPr, La and Ce oxides. A recycler may not buy or process mineral products; each leg alone looks like waste handling.',
  expect: 'A recycler processing Bayan Obo concentrate that reached it through the residue store; the recycler\'s process, the concentrate lot, the disposer\'s shipment and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(200);
    w.record(r.miner, at('2025-08-05', '10:00'), [s.ship(r.miner, 'shp-2507-off', at('2025-07-05'), june.concentrate, grams, r.disposer, 'BC-2506-01-S2', 'off-grade stockpile for disposal')]);
    const lot = r.miner.lot('BC-2506-01-S2');
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-off', at('2025-07-06'), lot, grams),
      s.ship(r.disposer, 'shp-2507-clr', at('2025-07-20'), lot, grams, r.recycler, undefined, 'store clearance'),
    ]);
    const plan = separate(s.lot(lot).composition, 'RC-2507', { recovery: 0.93, residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(grams) } });
    w.record(r.recycler, at('2025-08-08', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-clr', at('2025-07-22'), lot, grams),
      s.process(r.recycler, 'rec-2507-clr', at('2025-07-28'), [{ lot, massGrams: grams }], plan.outputs, { facility: r.recyclingPlant }),
    ]);
    return { world: w, find: { events: [r.recycler.event('rec-2507-clr'), r.disposer.event('shp-2507-clr')], lots: [lot], parties: [r.recycler.id] } };
  },
});
