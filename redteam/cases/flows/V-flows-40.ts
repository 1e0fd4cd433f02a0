import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-40',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'NdPr metal "delivered" to a motor maker that is the registered magnet maker, named without its code',
  does: 'On 2025-07-04 the Baotou metal smelter sells 8 t of NdPr metal from its June output to the Ningbo magnet maker, a registered member of the traced chain, invoiced to 宁波北仑磁业有限公司 as the VAT invoice must be. Both want the metal off the books: the magnet maker uses it for magnets it sells for cash. So the smelter records the sale not as a shipment, which the magnet maker would have to receive, but as a delivery to a final user in the motors sector, naming the customer by its registered name and leaving out its credit code. The magnet maker records nothing. July is reported on time.',
  expect: 'Material leaving the chain to a "final user" who is a registered party of the chain: a delivery of NdPr metal to the magnet maker by name, with no receipt anywhere; the delivery, the smelter and the magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const deliver: DeliverEvent = { id: 'dlv-2507-met', kind: 'deliver', time: at('2025-07-04'), lot: june.metal.split(':')[1]!, massGrams: tonnes(8), customer: { name: '宁波北仑磁业有限公司' }, sector: 'motors', contract: 'KDL-2507-NB-04' };
    w.record(r.smelter, at('2025-08-07', '10:00'), [deliver]);
    return {
      world: w,
      find: { events: [r.smelter.event('dlv-2507-met')], lots: [june.metal], parties: [r.smelter.id, r.magnets.id] },
    };
  },
});
