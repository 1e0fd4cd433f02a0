import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-30',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A motor maker\'s rejected magnets collected as production scrap four months after delivery',
  does: 'The Ningbo magnet maker sinters its June NdPr metal on 2025-07-08 and on 07-15 delivers 12 t of sintered magnets to a Ningbo motor maker. Through the autumn the motor maker\'s incoming inspection and rotor assembly set aside chipped and cracked magnets. On 2025-11-12 the Ganzhou recycler collects them from the motor maker, 96 kg (0.8 % of the delivery), as NdFeB off-cuts and rejects, production scrap, with the magnets\' own composition.',
  expect: 'Nothing: a final user\'s assembly rejects are pre-consumer scrap and go to a licensed recycler; a small share of the delivery, months later, declared as production scrap, not as end-of-life material.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const customer = { name: '宁波鄞州恒驰电机有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '330212', orgBody8: 'HCDJ0715' }) };
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2507-01');
    const grams = tonnes(12);
    const deliver: DeliverEvent = { id: 'dlv-2507-01', kind: 'deliver', time: at('2025-07-15'), lot: magnets.id, massGrams: grams, customer, sector: 'motors', contract: 'HC-2507-NdFeB-03' };
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      s.process(r.magnets, 'mag-2507-01', at('2025-07-08'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant }),
      deliver,
    ]);
    const rejectGrams = 96_000;
    const rejects = { id: 'SR-2511-01', product: 'scrap-ndfeb-solid', massGrams: rejectGrams, composition: s.share(r.magnets.lot(magnets.id), rejectGrams) };
    w.record(r.recycler, at('2025-12-05', '10:00'), [s.collect(r.recycler, 'col-2511-01', at('2025-11-12'), rejects, customer, r.recyclingPlant)]);
    return { world: w, find: {} };
  },
});
