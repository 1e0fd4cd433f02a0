import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-04',
  family: 'time',
  violation: false,
  heldOut: false,
  title: 'A report filed at 23:40 on the 10th, Beijing time',
  does: 'The trader files its July report (one receipt of 20 t of NdPr oxide) at 23:40 on 2025-08-10, Asia/Shanghai: 15:40 UTC, the last minutes before the deadline.',
  expect: 'Nothing: the deadline is the 10th on the Shanghai calendar.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = 20_000_000;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-tr', at('2025-07-15'), 'SEP-2506-NDPR', grams, r.trader, 'SEP-2506-NDPR-T1')]);
    w.record(r.trader, at('2025-08-10', '23:40'), [s.receive(r.trader, 'rcv-2507-tr', at('2025-07-16'), r.separator.lot('SEP-2506-NDPR-T1'), grams)]);
    return { world: w, find: {} };
  },
});
