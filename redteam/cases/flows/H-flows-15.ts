// Estimates (not in shared/DOMAIN.md): magnets at 30 % rare earths, swarf at 22 % (magnets.ts).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { feedOf, jining, metalFromBaotou, on, sinterOutputs, tianjin } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-flows-15',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Baotou NdPr metal passes through two traders\' warehouses in three weeks before a Tianjin magnet works melts it',
  does: 'The Beijing trading company buys 20 t of the Baotou smelter\'s June NdPr metal, trucked on 2025-07-03 to its bonded warehouse at Tianjin port (received 07-05). On 07-12 it sells the drums to a Jining trading company, which takes them by road to its own warehouse (received 07-13), and on 07-20 the Jining company sells them to a Tianjin magnet works (received 07-21), which sinters them on 07-25. Each hand holds the metal for a week; every leg takes a day or two on the road. Everyone reports July by the 7th of August.',
  expect: 'Nothing: metal resold through two traders, each receiving and shipping it in turn at road speeds, and consumed by a magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const jn = jining(ctx);
    const tj = tianjin(ctx);
    const metal = metalFromBaotou(ctx, r.trader, 20, 'r27-bj', at('2025-07-03'), at('2025-07-05'));
    const grams = tonnes(20);
    w.record(r.trader, on('2025-08-06', '12:00'), [
      metal.receipt,
      s.ship(r.trader, 'shp-r27-jn', at('2025-07-12'), metal.lot, grams, jn, undefined, 'by road, Tianjin port to Jining'),
    ]);
    w.record(jn, on('2025-08-06', '13:00'), [
      s.receive(jn, 'rcv-r27-jn', at('2025-07-13', '16:00'), metal.lot, grams),
      s.ship(jn, 'shp-r27-tj', at('2025-07-20'), metal.lot, grams, tj.party, undefined, 'by road, Jining to Tianjin'),
    ]);
    const inputs = [{ lot: metal.lot, massGrams: grams }];
    const out = sinterOutputs(feedOf(ctx, inputs), 'TJ-2507');
    w.record(tj.party, on('2025-08-07'), [
      s.receive(tj.party, 'rcv-r27-tj', at('2025-07-21', '15:00'), metal.lot, grams),
      s.process(tj.party, 'snt-2507-01', at('2025-07-25'), inputs, out, { facility: tj.plant, note: 'strip casting, jet milling, pressing, sintering, grinding' }),
    ]);
    return { world: w, find: {} };
  },
});
