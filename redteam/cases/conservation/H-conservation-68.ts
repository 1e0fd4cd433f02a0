import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-68',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'NdPr metal pooled under an electrolysis cell, recovered at its relining and booked back as a count surplus smaller than the campaign\'s loss',
  does: 'The Baotou metal smelter\'s June campaign turned 60 t of NdPr oxide into metal at 97 %: about 1.5 t of the Pr and Nd booked as lost to slag, fume and the cell. In August cell 7 is relined; 450 kg of NdPr metal that had seeped under the cathode is dug out, weighed and added back to the June metal lot still in store, on 08-18, as a count surplus with its Pr and Nd (25:75). Reported with August on 7 September.',
  expect: 'Nothing: the surplus is metal the June campaign had written off, returned to stock; across June to August, Pr and Nd out plus stock stay below what came in.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(0.45);
    const composition = { Pr: Math.floor(grams * 0.99 * 0.25), Nd: Math.floor(grams * 0.99 * 0.75) };
    w.record(r.smelter, at('2025-09-07', '10:00'), [
      s.adjust(r.smelter, 'adj-2508-01', at('2025-08-18', '16:00'), 'MET-2506-01', grams, 'cell 7 relined: 450 kg of NdPr metal seeped under the cathode during the June campaign, dug out and weighed (part of the June campaign\'s booked 3 % loss)', { ...composition }),
    ]);
    return { world: w, find: {} };
  },
});
