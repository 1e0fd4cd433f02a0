import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-02',
  family: 'licences',
  violation: true,
  heldOut: false,
  title: 'A metal smelter separates concentrate without a separation licence or quota',
  does: 'The metal smelter, licensed only for metal smelting, buys 200 t of Bayan Obo concentrate from the miner and runs it through a solvent-extraction line in its metal plant, making its own NdPr, La and Ce oxides and mixed middle and heavy oxides at a good plant\'s recovery; its water-leach residue goes to the licensed disposer.',
  expect: 'Separation by a party with no separation licence and no separation quota, at a facility licensed for metal smelting; the process event.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507', minedTonnes: 200, shippedTonnes: 200, to: r.smelter });
    const plan = separate(s.lot(feed).composition, 'BS-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-bc', at('2025-07-11'), feed, shippedGrams),
      s.process(r.smelter, 'sep-2507-01', at('2025-07-19'), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.metalPlant }),
      s.ship(r.smelter, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.smelter.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: { parties: [r.smelter.id], events: [r.smelter.event('sep-2507-01')] } };
  },
});
