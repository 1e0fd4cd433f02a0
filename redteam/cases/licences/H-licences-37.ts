// Estimates (not in shared/DOMAIN.md): 0.4 t of thorium-bearing residue per t of bastnaesite concentrate roasted and leached; 95 % separation recovery (the library's good plant).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mianningIntegrated, mianningMonth, sell24 } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-licences-37',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Mianning company mines bastnaesite and separates it in its own Xichang plant, under a mining licence and a separation licence of its own',
  does: 'A Liangshan (Sichuan) company holds both a mining licence for its listed Muluo bastnaesite mine and a separation licence for its plant at Xichang, 80 km away, with a 3,000 t REO rock mining allocation and a 3,000 t REO rock separation allocation from its group. In July 2025 it extracts 800 t of 50 % concentrate (07-03) and, with no sale or shipment in between, feeds 700 t of it to its own separation plant on 07-15; the thorium-bearing residue goes to the licensed Liangshan store on 07-20. On 07-28 it sells 40 t of the NdPr oxide to the Baotou metal smelter. It reports July on 08-05.',
  expect: 'Nothing: one company may hold both licences; its mining is inside the mining licence and quota, its separation inside the separation licence and quota, each at its own licensed facility.',
  build() {
    const ctx = baselineWorld();
    const { r } = ctx;
    honestMonth(ctx, '2025-06');
    const mn = mianningIntegrated(ctx);
    const july = mianningMonth(ctx, mn, '2025-07', '2507');
    sell24(ctx, mn.party, r.smelter, {
      lot: july.lots['oxide-ndpr']!, grams: tonnes(40), tag: 'BT1', shipAt: at('2025-07-28'), receiveAt: at('2025-08-01', '15:00'),
      sellerRecordsAt: at('2025-08-05', '11:00'), buyerRecordsAt: at('2025-09-05', '10:00'), note: 'rail container, Xichang to Baotou',
    });
    return { world: ctx.w, find: {} };
  },
});
