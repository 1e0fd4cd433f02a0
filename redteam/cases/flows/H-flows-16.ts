// No figures beyond the baseline's: the repacked oxide keeps its mass and composition.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { hohhotSmelter, on, sale } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-flows-16',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A Beijing trader repacks 20 t of NdPr oxide from jumbo bags into 1 t bags under a new lot number and sells it to a Hohhot metal smelter',
  does: 'The Beijing trader buys 20 t of NdPr oxide from the Baotou separator (shipped 2025-07-03, received 07-04 at its bonded warehouse). Its buyer, a Hohhot metal smelter, feeds its cells from 1 t bags, so on 07-08 the trader repacks the two 10 t jumbo bags into twenty 1 t bags under its own lot number, recorded as a process of oxide into the same oxide, identity preserved. It ships the 20 t to the smelter on 07-10, received 07-11. Everyone reports July by the 8th of August.',
  expect: 'Nothing: a repack that changes neither product nor mass nor composition is no transformation, and the oxide goes to a licensed smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const hh = hohhotSmelter(ctx);
    const grams = tonnes(20);
    const oxide = sale(ctx, r.separator, r.trader, {
      lot: r.separator.lot('SEP-2506-NDPR'), grams, tag: 'r28-bj', shipAt: at('2025-07-03'), receiveAt: at('2025-07-04', '10:00'),
      sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-07', '09:00'), note: 'NdPr oxide in two 10 t jumbo bags',
    });
    const composition = s.share(oxide, grams);
    const repack = s.process(r.trader, 'pak-2507-01', at('2025-07-08'), [{ lot: oxide, massGrams: grams }], [
      { id: 'BJ-2507-NDPR', product: 'oxide-ndpr', massGrams: grams, composition },
    ], { note: 'repacked from two 10 t jumbo bags into twenty 1 t bags for the customer' });
    w.record(r.trader, on('2025-08-07', '10:00'), [
      { ...repack, custody: 'identity-preserved' },
      s.ship(r.trader, 'shp-2507-hh', at('2025-07-10'), 'BJ-2507-NDPR', grams, hh.party, undefined, 'twenty 1 t bags, by road to Hohhot'),
    ]);
    w.record(hh.party, on('2025-08-07', '11:00'), [s.receive(hh.party, 'rcv-2507-bj', at('2025-07-11', '09:00'), r.trader.lot('BJ-2507-NDPR'), grams)]);
    return { world: w, find: {} };
  },
});
