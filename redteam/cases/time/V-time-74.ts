import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-74',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A receipt of 30 t of NdPr oxide on 23 July entered only on 15 December, correctly dated',
  does: 'The Baotou separator ships 30 t of NdPr oxide to the metal smelter on 2025-07-22 and reports it on 08-06. The smelter takes the oxide in on 07-23 but leaves the receipt out of its July report (filed on 08-07 with its other July business, a 10 t metal delivery to Ningbo), so that for five months the oxide sits "in transit" on the books, outside its stock, while an inspection of its stock is under way. On 12-15 it files the receipt, dated truthfully 07-23. The law wants each month\'s flow entered by the 10th of the next.',
  expect: 'A July receipt recorded in December: the receipt, the smelter and the shipment lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const ndprId = june.ndprOxide.split(':')[1]!;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-sm', at('2025-07-22'), ndprId, tonnes(30), r.smelter, 'NDPR-2507-SM')]);
    const lot = r.separator.lot('NDPR-2507-SM');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-28'), june.metal.split(':')[1]!, tonnes(10), r.magnets, 'MET-2507-S1'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-29'), r.smelter.lot('MET-2507-S1'), tonnes(10))]);
    w.record(r.smelter, at('2025-12-15', '10:00'), [s.receive(r.smelter, 'rcv-2507-sm', at('2025-07-23'), lot, tonnes(30))]);
    return { world: w, find: { events: [r.smelter.event('rcv-2507-sm')], lots: [lot], parties: [r.smelter.id] } };
  },
});
