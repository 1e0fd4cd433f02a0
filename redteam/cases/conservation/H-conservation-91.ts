import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { smcoChain } from '../../lib/round10.ts';

export default defineCase({
  id: 'H-conservation-91',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Samarium that boils off: an Sm2Co17 campaign loses 2 % of its samarium in the sintering furnace',
  does: 'The Ningbo magnet maker starts an Sm2Co17 line. Its samarium comes through the chain: 2 t of Sm2O3 from the Longnan separator\'s July 2025 import, reduced to 1.67 t of samarium metal by the Baotou smelter (lanthanum reduction–distillation) and shipped to Ningbo on 07-24. On 08-05 it melts, mills, presses and sinters it with cobalt, iron, copper and zirconium: 95 % of the samarium ends in 6.3 t of magnets (25 % Sm), 3 % in grinding scrap kept for the recycler, and 2 % evaporates at 1,200 °C (samarium\'s high vapour pressure is why makers weigh in excess; the share is an estimate). Everyone reports on time.',
  expect: 'Nothing: a small, stated loss of a volatile element in a process known for it; every other gram is in the magnets or the scrap.',
  build() {
    const ctx = baselineWorld();
    honestMonth(ctx, '2025-06');
    smcoChain(ctx, 0.02);
    return { world: ctx.w, find: {} };
  },
});
