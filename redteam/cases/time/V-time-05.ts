import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-05',
  family: 'time',
  violation: true,
  heldOut: false,
  title: 'A receipt backdated to hide three months in transit',
  does: 'The separator ships 15 t of NdPr oxide to the smelter on 2025-07-02. The oxide does not arrive (it sits at a third party\'s warehouse and part of it is sold); in October the smelter records the receipt, dated 2025-07-03, in a late "July supplement".',
  expect: 'A receipt recorded three months after the date it claims, long after July\'s deadline; the receive event and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(15);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S2')]);
    honestMonth(ctx, '2025-09');
    w.record(r.smelter, at('2025-10-16', '10:00'), [s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), r.separator.lot('SEP-2506-NDPR-S2'), grams, 'July supplement')]);
    return { world: w, find: { events: [r.smelter.event('rcv-2507-ndpr')], lots: [r.separator.lot('SEP-2506-NDPR-S2')], parties: [r.smelter.id] } };
  },
});
