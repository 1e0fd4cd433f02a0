import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-62',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A concentrate trader buys back a fifth of the NdPr oxide from the separator it sold to',
  does: 'The Beijing trader buys 1,000 t of the miner\'s July 2025 concentrate at the rail yard (shipped 07-10, received that evening) and sells it on to the Baotou separator (shipped 07-11, received 07-12), which separates it on 07-20 as its own feed, under its own quota, and sends the residue to the licensed store. The separator keeps its oxides for its usual customers; on 08-14 it sells 20 t of NdPr oxide, about a fifth, to the same trader at the August market price (received 08-15), which sells it to the metal smelter on 08-18 (received 08-19). Every party reports each month by the 7th.',
  expect: 'Nothing: the separator bought the concentrate and owns what it makes; the trader is a customer like others, buying a part of one product at market. That is a sale and a purchase, not toll processing, where the owner of the feed gets every product back.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507', to: r.trader });
    w.record(r.trader, at('2025-08-05', '14:00'), [
      s.receive(r.trader, 'rcv-2507-bc', at('2025-07-10', '18:00'), july.feed, july.shippedGrams),
      s.ship(r.trader, 'shp-2507-bc', at('2025-07-11', '14:30'), july.feed, july.shippedGrams, r.separator, undefined, 'rail wagons re-consigned at Baotou yard'),
    ]);
    const plan = separateShipment(ctx, '2025-07', july.feed, july.shippedGrams, '2507', { receiveDay: 12 });
    const ndpr = plan.byProduct['oxide-ndpr']!;
    const grams = tonnes(20);
    w.record(r.separator, at('2025-09-05', '10:00'), [s.ship(r.separator, 'shp-2508-bj', at('2025-08-14'), ndpr.id, grams, r.trader, `${ndpr.id}-BJ`)]);
    const bought = r.separator.lot(`${ndpr.id}-BJ`);
    w.record(r.trader, at('2025-09-06', '10:00'), [
      s.receive(r.trader, 'rcv-2508-ndpr', at('2025-08-15'), bought, grams),
      s.ship(r.trader, 'shp-2508-ndpr', at('2025-08-18'), bought, grams, r.smelter),
    ]);
    w.record(r.smelter, at('2025-09-07', '10:00'), [s.receive(r.smelter, 'rcv-2508-bj', at('2025-08-19'), bought, grams)]);
    return { world: w, find: {} };
  },
});
