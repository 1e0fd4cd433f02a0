import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

const CONSIGNMENTS = 6;

export default defineCase({
  id: 'V-flows-05',
  family: 'flows',
  violation: true,
  heldOut: false,
  title: 'Small shortfalls in transit, consignment after consignment',
  does: 'The separator sends the smelter six 5 t consignments of NdPr oxide in July; the smelter books each as received 3 % short ("spillage"), and the hauliers sell the difference: 0.9 t of oxide, none of it above a single consignment\'s tolerance. Oxide is a dry powder in sealed bags: it does not lose 3 %.',
  expect: 'A pattern of shortfalls on one route adding up beyond any tolerance; the receipts and the two parties.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(5);
    const received = Math.round(grams * 0.97);
    const ships = [];
    const receipts = [];
    for (let i = 1; i <= CONSIGNMENTS; i += 1) {
      const day = `2025-07-${String(2 + 4 * i).padStart(2, '0')}`;
      const nextDay = `2025-07-${String(3 + 4 * i).padStart(2, '0')}`;
      ships.push(s.ship(r.separator, `shp-2507-n${i}`, at(day), 'SEP-2506-NDPR', grams, r.smelter, `SEP-2506-NDPR-N${i}`));
      receipts.push(s.receive(r.smelter, `rcv-2507-n${i}`, at(nextDay), r.separator.lot(`SEP-2506-NDPR-N${i}`), received, 'short on arrival: spillage'));
    }
    w.record(r.separator, at('2025-08-06', '10:00'), ships);
    w.record(r.smelter, at('2025-08-07', '10:00'), receipts);
    return { world: w, find: { parties: [r.smelter.id, r.separator.id], events: receipts.map((e) => r.smelter.event(e.id)) } };
  },
});
