import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';

export default defineCase({
  id: 'V-residues-43',
  family: 'residues',
  violation: true,
  heldOut: true,
  refusalAcceptable: true,
  title: 'June\'s thorium-bearing residue "delivered" to a Baotou road-materials company as roadbed aggregate',
  does: 'Instead of paying the licensed store, the separator books June\'s 450 t of water-leach residue on 2025-07-09 as delivered to Baotou Hongtu Road Materials Co. (named without a credit code) under contract HT-2507-011, sector "other", as "iron-rich aggregate for the Hademen road base". The residue never reaches a disposer; its thorium goes under a county road.',
  expect: 'A radioactive residue leaving the chain as a product delivered to a final user instead of to licensed disposal; the delivery, the residue lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const grams = s.lot(june.residue).massGrams;
    const deliver: DeliverEvent = {
      id: 'dlv-2507-res', kind: 'deliver', time: at('2025-07-09', '13:00'), lot: 'SEP-2506-RES', massGrams: grams,
      customer: { name: 'Baotou Hongtu Road Materials Co.' }, sector: 'other', contract: 'HT-2507-011',
      note: 'iron-rich aggregate for road base',
    };
    w.record(r.separator, at('2025-08-06', '10:00'), [deliver]);
    return { world: w, find: { events: [r.separator.event('dlv-2507-res')], lots: [june.residue], parties: [r.separator.id] } };
  },
});
