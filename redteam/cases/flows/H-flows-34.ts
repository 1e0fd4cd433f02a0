// Estimates (not in shared/DOMAIN.md): none; the figures are the baseline's.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { firm, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'H-flows-34',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'The group\'s sales company takes title at the plant gate: two lots of NdPr oxide each pass through two hands in an hour and a half',
  does: 'The Beijiang group sells its members\' products through its own sales company in Baotou, which holds the customer contracts and the invoices but no warehouse. On 2025-07-03 and again on 07-17 the separator hands 15 t of NdPr oxide over to the sales company at its gate (shipped at 10:00, received at 10:05, the weighbridge ticket signed by the sales company\'s clerk), and the sales company sends it on the same trucks to the Baotou metal smelter 15 km away (shipped at 10:30, received at 11:20). July is reported by all three between 6 and 8 August.',
  expect: 'Nothing: title passing through a trading company on the way to the buyer is ordinary trade; each lot moves forward once, is received by each holder and ends with the user.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const sales = firm(ctx, 'r23-bj-sales', ['trader'], '北疆稀土集团销售有限公司', 'Beijiang Rare Earth Group Sales Co.', '150207', r.group);
    const grams = tonnes(15);
    const days = ['2025-07-03', '2025-07-17'] as const;
    w.record(r.separator, on('2025-08-06', '11:00'), days.map((d, i) =>
      s.ship(r.separator, `shp-2507-sc${i + 1}`, at(d, '10:00'), 'SEP-2506-NDPR', grams, sales, `SEP-2506-NDPR-SC${i + 1}`, 'weighbridge ticket countersigned by the sales company')));
    const sold = days.map((_, i) => r.separator.lot(`SEP-2506-NDPR-SC${i + 1}`));
    w.record(sales, on('2025-08-06', '14:00'), days.flatMap((d, i) => [
      s.receive(sales, `rcv-2507-${i + 1}`, at(d, '10:05'), sold[i]!, grams),
      s.ship(sales, `shp-2507-${i + 1}`, at(d, '10:30'), sold[i]!, grams, r.smelter, undefined, 'same trucks, sales contract BJ-XS-2025-07'),
    ]));
    w.record(r.smelter, on('2025-08-07', '11:00'), days.map((d, i) => s.receive(r.smelter, `rcv-2507-sc${i + 1}`, at(d, '11:20'), sold[i]!, grams)));
    return { world: w, find: {} };
  },
});
