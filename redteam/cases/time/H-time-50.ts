import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-50',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A June report stamped "15:30Z on 10 July" by a system that keeps UTC',
  does: 'The Shanghai trading house buys 10 t of NdPr metal from the Baotou smelter on 2025-06-27 (received 06-28) and exports it to a Japanese magnet maker on 06-30. Its ERP, hosted in Frankfurt, stamps everything in UTC; the June report goes in late on the 10th, after a customs query is settled, and carries the stamp 2025-07-10T15:30:00Z. Read in Beijing it is 23:30 on 10 July, half an hour inside the deadline.',
  expect: 'Nothing: 15:30 UTC on 10 July is 23:30 the same day in Beijing, before the end of the 10th; the June data is on time.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(10);
    const metalId = june.metal.split(':')[1]!;
    w.record(r.smelter, at('2025-07-07', '11:00'), [s.ship(r.smelter, 'shp-2506-exp', at('2025-06-27'), metalId, grams, r.exporter, `${metalId}-S2`)]);
    const lot = r.smelter.lot(`${metalId}-S2`);
    w.record(r.exporter, '2025-07-10T15:30:00Z', [
      s.receive(r.exporter, 'rcv-2506-met', at('2025-06-28'), lot, grams),
      s.export(r.exporter, 'exp-2506-met', at('2025-06-30', '15:00'), lot, grams, 'JP', { customsDeclaration: '220120250600038812' }),
    ]);
    return { world: w, find: {} };
  },
});
