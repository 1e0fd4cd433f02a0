import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-91',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'A 4 t "shortfall" the smelter books on receipt reappears two days later as 4 t "brought back" at the separator',
  does: 'The Baotou separator ships 40 t of NdPr oxide to the Kundulun smelter on 2025-07-05. All 40 t arrive, but the smelter books its receipt on 07-06 as 36 t, "four bags burst in the truck, contents lost", and pays for 36 t; on 07-08 the separator books +4 t on its NdPr lot, "returned by the haulier, not unloaded at Kundulun". The four tonnes the smelter really holds are off its books, for electrolysis sold without invoice; the separator\'s +4 t gives a home to four tonnes of off-quota NdPr oxide it separated from feed bought outside the books. Nothing ships the 4 t back. Both file July on time.',
  expect: 'A shortfall in transit matched by a surplus of the same size at the shipper with no shipment back: the smelter\'s receipt, the separator\'s adjustment and the shipped lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const ndpr = june.separation.byProduct['oxide-ndpr']!;
    const shipped = tonnes(40);
    const lot = r.separator.lot('SEP-2506-NDPR-S2');
    const ship = s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-05'), ndpr.id, shipped, r.smelter, 'SEP-2506-NDPR-S2');
    const back = s.share(lot, tonnes(4));
    w.record(r.separator, at('2025-08-06', '10:00'), [
      ship,
      s.adjust(r.separator, 'adj-2507-ndpr', at('2025-07-08', '16:00'), ndpr.id, tonnes(4), '4 t returned by the haulier, not unloaded at Kundulun', back),
    ]);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-06'), lot, tonnes(36), 'four bags burst in the truck, contents lost'),
    ]);
    return {
      world: w,
      find: { events: [r.smelter.event('rcv-2507-ndpr'), r.separator.event('adj-2507-ndpr')], lots: [lot] },
    };
  },
});
