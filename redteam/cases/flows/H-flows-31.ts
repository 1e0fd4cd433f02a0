import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-31',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Cerium oxide delivered straight from the separator to a glassworks',
  does: 'The separator sells 30 t of its June cerium oxide (99 % CeO2) directly to a float-glass works in Luoyang, which uses it to decolourise and clarify its glass and to polish it, and delivers it on 2025-07-10 under a one-year supply contract. It reports the delivery with July on 08-06.',
  expect: 'Nothing: a separated oxide, free of export or dual-use control, sold to a real final user whose sector consumes exactly that product; no receipt follows because the glassworks keeps no traceability books.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const deliver: DeliverEvent = {
      id: 'dlv-2507-ce', kind: 'deliver', time: at('2025-07-10'), lot: 'SEP-2506-CE', massGrams: tonnes(30),
      customer: { name: '洛阳北方浮法玻璃有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '410300', orgBody8: 'LYFFBL10' }) },
      sector: 'glass-and-ceramics', contract: 'LYFF-2025-CEO2-01',
    };
    w.record(r.separator, at('2025-08-06', '11:00'), [deliver]);
    return { world: w, find: {} };
  },
});
