import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { sale } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-time-98',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide moved in July and invoiced in October, the move booked in July\'s reports',
  does: 'The separator sells 25 t of June\'s NdPr oxide to the Beijing trader on 2025-07-08 on ninety-day terms; the trader collects it on 07-09. The VAT invoice follows only on 10-15, when the trader pays. Both parties book the physical movement in their July reports (separator 08-06, trader 08-08), the shipment noting "invoice to follow on payment".',
  expect: 'Nothing: the traceability books follow the goods, not the invoice; each side entered the July movement by 10 August.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    const month = honestMonth(ctx, '2025-06');
    const local = month.ndprOxide.split(':')[1]!;
    const sold = sale(ctx, r.separator, r.trader, local, tonnes(25), `${local}-T1`, '2507-tr', at('2025-07-08', '14:00'), at('2025-07-09', '10:00'), 'ninety-day terms; VAT invoice to follow on payment');
    w.record(r.separator, at('2025-08-06', '10:00'), [sold.ship]);
    w.record(r.trader, at('2025-08-08', '10:00'), [sold.receive]);
    return { world: w, find: {} };
  },
});
