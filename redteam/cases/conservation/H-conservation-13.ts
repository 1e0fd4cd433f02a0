// Estimates (not in shared/DOMAIN.md): magnets at 30 % rare earths, swarf at 22 %, solid off-cuts at
// 30 % (magnets.ts); in July 75 % of the rare earths into magnets, 15 % into swarf, 8 % into off-cuts
// and 2 % lost; in August, off-cuts remelted with the new metal, 78 % and 20 % (magnets.ts).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { deliver, feedOf, metalFromBaotou, on, outsideCode, sinterOutputs, tianjin } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-conservation-13',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Tianjin magnet works makes more magnet in August than its August metal could give: it remelts July\'s off-cuts with it',
  does: 'A Tianjin sintered-magnet works buys 28 t of NdPr metal from the Baotou smelter (shipped 2025-07-03, received 07-05). On 07-10 it casts and sinters 18 t of it; the customer\'s new motor design needs arc segments cut from blocks, so 8 % of the rare earths end as solid off-cuts and rejects besides the grinding swarf. It delivers the July magnets to a Tianjin motor maker on 07-25. On 08-12 it melts the other 10 t of metal together with all the July off-cuts (they are clean, of the same grade, and go back into the strip caster), and delivers the August magnets on 08-28. Its August magnets hold a third more rare earths than the August metal alone: the rest is the remelted off-cuts, a lot of its own books. It reports each month by the 7th.',
  expect: 'Nothing: the August campaign consumes the off-cut lot the July campaign made; every gram of rare earths in the magnets came from metal the works bought.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const tj = tianjin(ctx);
    const metal = metalFromBaotou(ctx, tj.party, 28, 'r27-tj', at('2025-07-03'), at('2025-07-05'));
    const julyInputs = [{ lot: metal.lot, massGrams: tonnes(18) }];
    const julyOut = sinterOutputs(feedOf(ctx, julyInputs), 'TJ-2507', { intoMagnets: 0.75, intoSwarf: 0.15, intoOffcuts: 0.08 });
    const july = s.process(tj.party, 'snt-2507-01', at('2025-07-10'), julyInputs, julyOut, { facility: tj.plant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing, sintering; arc segments wire-cut from blocks' });
    const motorMaker = { name: '天津津南驱动电机有限公司 (Tianjin Jinnan Drive Motor Co.)', id: outsideCode('r27-tj-motors', '120000') };
    const julyMagnets = julyOut[0]!;
    const offcuts = julyOut[2]!;
    w.record(tj.party, on('2025-08-07'), [
      metal.receipt,
      july,
      deliver('dlv-2507-01', at('2025-07-25'), julyMagnets.id, julyMagnets.massGrams, motorMaker, 'motors', 'TJ-2025-0711'),
    ]);
    const augInputs = [{ lot: metal.lot, massGrams: tonnes(10) }, { lot: tj.party.lot(offcuts.id), massGrams: offcuts.massGrams }];
    const augOut = sinterOutputs(feedOf(ctx, augInputs), 'TJ-2508');
    const aug = s.process(tj.party, 'snt-2508-01', at('2025-08-12'), augInputs.map((i) => ({ lot: i.lot.includes(tj.party.id) ? offcuts.id : i.lot, massGrams: i.massGrams })), augOut, { facility: tj.plant, note: 'July off-cuts and rejects cleaned, remelted with new NdPr metal in the strip caster' });
    w.record(tj.party, on('2025-09-05'), [
      aug,
      deliver('dlv-2508-01', at('2025-08-28'), augOut[0]!.id, augOut[0]!.massGrams, motorMaker, 'motors', 'TJ-2025-0802'),
    ]);
    return { world: w, find: {} };
  },
});
