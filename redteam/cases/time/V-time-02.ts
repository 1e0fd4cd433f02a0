import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-02',
  family: 'time',
  violation: true,
  heldOut: false,
  title: 'A monthly report filed on the 25th',
  does: 'The metal smelter files its July movements (a 15 t oxide receipt) on 2025-08-25, fifteen days after the deadline of the 10th.',
  expect: 'Late reporting of July by the smelter; the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = 15_000_000;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    w.record(r.smelter, at('2025-08-25', '15:00'), [s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), oxide, grams)]);
    return { world: w, find: { parties: [r.smelter.id] } };
  },
});
