import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { hefei, jining, on } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-flows-15',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Forty tonnes of NdPr oxide go round Beijing, Jining and Hefei and back to Beijing in thirty hours without leaving a Baotou warehouse',
  does: 'The Baotou separator sells 40 t of its June NdPr oxide to the Beijing trading company on 2025-07-02. That day and the next, the lot is sold on to a Jining trading company, then to a Hefei trading house, then back to the Beijing company, each sale invoiced a little dearer and each pledged to a different bank for a trade-finance loan; each buyer records the shipment and its receipt an hour or two apart, though Baotou, Beijing, Jining and Hefei are 500 to 1,000 km from each other. The drums never leave the separator\'s bonded warehouse. On 07-10 the Beijing company sells the oxide to the Baotou metal smelter, which takes it in on 07-11. Everyone reports July on time.',
  expect: 'A carousel: a lot that returns to a holder through a ring of traders, each leg received within hours across hundreds of kilometres; the legs, the lot and the traders in the ring.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const jn = jining(ctx);
    const hf = hefei(ctx);
    const grams = tonnes(40);
    const local = 'SEP-2506-NDPR-C1';
    const lot = r.separator.lot(local);
    w.record(r.separator, on('2025-08-05', '09:00'), [s.ship(r.separator, 'shp-r27-c1', at('2025-07-02', '09:00'), 'SEP-2506-NDPR', grams, r.trader, local, 'sold ex-warehouse, bonded store no. 3')]);
    const beijingFirst = [
      s.receive(r.trader, 'rcv-r27-c1', at('2025-07-02', '11:00'), lot, grams),
      s.ship(r.trader, 'shp-r27-c2', at('2025-07-02', '15:00'), lot, grams, jn),
    ];
    const jiningLeg = [
      s.receive(jn, 'rcv-r27-c2', at('2025-07-02', '16:30'), lot, grams),
      s.ship(jn, 'shp-r27-c3', at('2025-07-03', '09:00'), lot, grams, hf),
    ];
    const hefeiLeg = [
      s.receive(hf, 'rcv-r27-c3', at('2025-07-03', '10:30'), lot, grams),
      s.ship(hf, 'shp-r27-c4', at('2025-07-03', '14:00'), lot, grams, r.trader),
    ];
    const beijingBack = [
      s.receive(r.trader, 'rcv-r27-c4', at('2025-07-03', '15:00'), lot, grams),
      s.ship(r.trader, 'shp-r27-c5', at('2025-07-10'), lot, grams, r.smelter),
    ];
    w.record(r.trader, on('2025-08-05', '10:00'), beijingFirst);
    w.record(jn, on('2025-08-05', '11:00'), jiningLeg);
    w.record(hf, on('2025-08-05', '12:00'), hefeiLeg);
    w.record(r.trader, on('2025-08-05', '13:00'), beijingBack);
    w.record(r.smelter, on('2025-08-07', '11:00'), [s.receive(r.smelter, 'rcv-r27-c5', at('2025-07-11'), lot, grams)]);
    return {
      world: w,
      find: { parties: [jn.id, hf.id, r.trader.id], lots: [lot], events: [jn.event('rcv-r27-c2'), hf.event('rcv-r27-c3'), r.trader.event('rcv-r27-c4')] },
    };
  },
});
