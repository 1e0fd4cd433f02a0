import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-03',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A receipt corrected months later, after a weighing dispute',
  does: 'The smelter received 10 t of NdPr oxide on 2025-07-03 and booked 10 t. The separator disputed its own dispatch weight; an independent surveyor\'s report in November finds 9.95 t arrived. The smelter corrects the July receipt on 2025-11-18, the lot untouched meanwhile in its store.',
  expect: 'Nothing: the receipt happened on 07-03 and is still dated so; a correction does not make it a late receipt or a late report.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const shipment = r.separator.lot('SEP-2506-NDPR-S2');
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), 'SEP-2506-NDPR', tonnes(10), r.smelter, 'SEP-2506-NDPR-S2')]);
    w.record(r.smelter, at('2025-08-07', '10:00'), [s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), shipment, tonnes(10))]);
    w.record(r.smelter, at('2025-12-05', '10:00'), [
      s.correct('cor-2511-01', at('2025-11-18'), 'rcv-2507-ndpr', 'surveyor report CCIC-BT-2025-3381: 9.95 t arrived', { id: 'cor-2511-01', kind: 'receive', time: at('2025-07-03'), lot: shipment, massGrams: tonnes(9.95) }),
    ]);
    return { world: w, find: {} };
  },
});
