import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recyclerMonth } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-flows-93',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'The Ganzhou recycler sells 20 t of its recycled NdPr oxide to the Longnan separator, which passes it on to the Baotou smelter',
  does: 'The Ganzhou recycler recovers NdPr oxide from 120 t of swarf in July 2025 (collected 07-04, separated 07-15, residue to the licensed disposer). The Longnan separator, short of NdPr oxide for a smelter contract, buys 20 t of it (shipped 07-24, received 07-25) and ships it unchanged to the Baotou metal smelter on 07-28 (received 07-30). All report between 6 and 8 August.',
  expect: 'Nothing: recycled oxide bought by a licensed separator and sold on is ordinary trade; the flow runs from the recycler, not into it, and carries no mineral product.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const sep = south.southSeparator;
    const month = recyclerMonth(ctx, '2025-07', '2507', 120, at('2025-08-07', '10:00'));
    const grams = tonnes(20);
    const shipLot = `${month.ndpr}-LN`;
    w.record(r.recycler, at('2025-08-06', '10:00'), [...month.events, s.ship(r.recycler, 'shp-2507-ln', at('2025-07-24'), month.ndpr, grams, sep, shipLot)]);
    const lot = r.recycler.lot(shipLot);
    w.record(sep, at('2025-08-06', '15:00'), [
      s.receive(sep, 'rcv-2507-rndpr', at('2025-07-25'), lot, grams),
      s.ship(sep, 'shp-2507-bt', at('2025-07-28'), lot, grams, r.smelter, undefined, 'order of the Baotou smelter, recycled oxide as bought'),
    ]);
    w.record(r.smelter, at('2025-08-07', '15:00'), [s.receive(r.smelter, 'rcv-2507-lnndpr', at('2025-07-30'), lot, grams)]);
    return { world: w, find: {} };
  },
});
