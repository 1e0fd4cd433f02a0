import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-60',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'June reported on 7 July, and a forgotten receipt added in a supplement on 9 July',
  does: 'The Beijing trader buys 10 t of lanthanum oxide and 10 t of cerium oxide from the Baotou separator in late June 2025 (shipped 06-23 and 06-27; the separator files them on 07-06). The trader files its June report on 07-07, with the lanthanum receipt of 06-24. Its warehouse in Baotou had not yet sent the goods-received note for the cerium, which arrived on 06-28; the note turns up on 07-08 and the trader files it as a supplement to June on 07-09, dated 06-28. June\'s figures reach the ledger in two parts, the second two days after the first, both before the 10th.',
  expect: 'Nothing: every June event is recorded by the 10th of July, with its own date; a month may be reported in more than one document.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(10);
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.ship(r.separator, 'shp-2506-la', at('2025-06-23'), 'SEP-2506-LA', grams, r.trader, 'SEP-2506-LA-S1'),
      s.ship(r.separator, 'shp-2506-ce', at('2025-06-27'), 'SEP-2506-CE', grams, r.trader, 'SEP-2506-CE-S1'),
    ]);
    w.record(r.trader, at('2025-07-07', '10:00'), [s.receive(r.trader, 'rcv-2506-la', at('2025-06-24'), r.separator.lot('SEP-2506-LA-S1'), grams)]);
    w.record(r.trader, at('2025-07-09', '15:00'), [s.receive(r.trader, 'rcv-2506-ce', at('2025-06-28'), r.separator.lot('SEP-2506-CE-S1'), grams, 'supplement to the June report: goods-received note GRN-0628 arrived late from the Baotou warehouse')]);
    return { world: w, find: {} };
  },
});
