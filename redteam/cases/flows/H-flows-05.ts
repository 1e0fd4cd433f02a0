import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-05',
  family: 'flows',
  violation: false,
  heldOut: false,
  title: 'A shipment in transit over the month end',
  does: 'The separator ships 25 t of NdPr oxide to the smelter at 22:00 on 2025-07-31; it arrives on 2025-08-02. The separator reports it in July\'s report, the smelter its receipt in August\'s, both by the 10th.',
  expect: 'Nothing: a shipment crossing a month end, received two days later.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(25);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-m1', at('2025-07-31', '22:00'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-M1')]);
    w.record(r.smelter, at('2025-09-05', '10:00'), [s.receive(r.smelter, 'rcv-2508-m1', at('2025-08-02', '07:30'), r.separator.lot('SEP-2506-NDPR-M1'), grams)]);
    return { world: w, find: {} };
  },
});
