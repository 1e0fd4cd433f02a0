import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-48',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A year-end stock count trims 120 kg of NdPr metal (oxidation and assay samples), filed with December on 7 January',
  does: 'The Baotou metal smelter counts its stock on 2025-12-31: the June NdPr metal lot, held in drums since, weighs 120 kg less than the book (surface oxidation skimmed, assay samples cut; 0.4 % of the lot, an estimate of normal handling loss). It enters the count as an adjustment dated 12-31 and files it with its December return on 2026-01-07.',
  expect: 'Nothing: a stocktake adjustment dated when the count was made, small, with a reason, filed by the 10th.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    w.record(r.smelter, at('2026-01-07', '10:00'), [
      s.adjust(r.smelter, 'adj-2512-met', at('2025-12-31', '16:00'), lots.metal, -120_000, 'year-end stock count: oxidised skin and assay samples'),
    ]);
    return { world: w, find: {} };
  },
});
