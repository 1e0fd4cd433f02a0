import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-50',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A June report filed "on the 10th" from the Vancouver sales office, Pacific time',
  does: 'The Shanghai trading house buys 10 t of NdPr metal from the Baotou smelter on 2025-06-27 (received 06-28) and exports it to a Japanese magnet maker on 06-30. Its compliance officer is on a sales trip to Vancouver when the June report falls due; she signs and submits it from the hotel on the evening of 10 July, at 19:30 Pacific daylight time, and the submission carries her laptop\'s clock: 2025-07-10T19:30:00-07:00. In Beijing it is 10:30 on 11 July, half a day past the deadline. The house believes it filed "on the 10th".',
  expect: 'Monthly flow data entered after the 10th of the next month, Beijing time: the June receipt and export recorded on 11 July; the exporter and its June events.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(10);
    const metalId = june.metal.split(':')[1]!;
    w.record(r.smelter, at('2025-07-07', '11:00'), [s.ship(r.smelter, 'shp-2506-exp', at('2025-06-27'), metalId, grams, r.exporter, `${metalId}-S2`)]);
    const lot = r.smelter.lot(`${metalId}-S2`);
    w.record(r.exporter, '2025-07-10T19:30:00-07:00', [
      s.receive(r.exporter, 'rcv-2506-met', at('2025-06-28'), lot, grams),
      s.export(r.exporter, 'exp-2506-met', at('2025-06-30', '15:00'), lot, grams, 'JP', { customsDeclaration: '220120250600038812' }),
    ]);
    return {
      world: w,
      find: { events: [r.exporter.event('rcv-2506-met'), r.exporter.event('exp-2506-met')], parties: [r.exporter.id] },
    };
  },
});
