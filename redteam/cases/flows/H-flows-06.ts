import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-06',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A trader carries concentrate from the mine to the separator',
  does: 'The miner sells 1,000 t of June concentrate to the Beijing trader, which sells it unchanged, in the same wagons, to the licensed separator; the separator separates it in quota and sends its residue to the disposer.',
  expect: 'Nothing: trading mineral products between licensed producers is legal; the trader neither processes them nor sells them to a recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-06', { tag: '2506', to: r.trader });
    w.record(r.trader, at('2025-07-06', '10:00'), [
      s.receive(r.trader, 'rcv-2506-bc', at('2025-06-11'), feed, shippedGrams),
      s.ship(r.trader, 'shp-2506-bc', at('2025-06-12'), feed, shippedGrams, r.separator),
    ]);
    const plan = separate(s.lot(feed).composition, 'SEP-2506', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-07-07', '10:00'), [
      s.receive(r.separator, 'rcv-2506-01', at('2025-06-13'), feed, shippedGrams),
      s.process(r.separator, 'sep-2506-01', at('2025-06-20'), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant }),
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-06', r.separator.lot(residue.id), residue.massGrams, '2506');
    return { world: w, find: {} };
  },
});
