import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-92',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A Baotou separator short of NdPr oxide buys 4 t of Longnan\'s and passes it on to its smelter unchanged',
  does: 'The Baotou separator owes the Kundulun smelter 4 t more NdPr oxide in July 2025 than its own line has ready. It buys 4 t from the Longnan separator\'s July run of imported Myanmar feed (shipped 07-15, received 07-16) and ships the same bags on to the smelter on 07-18 (received 07-19) under Longnan\'s lot number. The oxide carries the ionic feed\'s Pr:Nd ratio, not Bayan Obo\'s, and a separator holds NdPr oxide it did not make; nothing is relabelled or processed. Everyone reports on time.',
  expect: 'Nothing: a licensed separator may trade in oxides; the lot keeps its own label, grade and origin through the resale.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const grams = tonnes(4);
    const lot = sellOxide(ctx, south, heavy, 'oxide-ndpr', grams, r.separator, '2025-07', '2507-bt');
    w.record(r.separator, at('2025-08-07', '11:00'), [s.ship(r.separator, 'shp-2507-resale', at('2025-07-18'), lot, grams, r.smelter, undefined, 'resale of Longnan oxide, original bags')]);
    w.record(r.smelter, at('2025-08-07', '12:00'), [s.receive(r.smelter, 'rcv-2507-resale', at('2025-07-19'), lot, grams)]);
    return { world: w, find: {} };
  },
});
