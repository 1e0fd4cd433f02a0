// Estimates (not in shared/DOMAIN.md): about 59 % rare earths in LaPO4:Ce,Tb (from its formula) and 98 % recovery are estimates.
import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { greenPhosphorFeeds } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-conservation-97',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Lanthanum, cerium and terbium oxides co-precipitated as phosphate: 7.4 t of green phosphor from 5.4 t of oxides',
  does: 'A Ganzhou lamp-phosphor works buys 2.5 t of lanthanum oxide and 2 t of cerium oxide from the Baotou separator and 0.9 t of terbium oxide from the Longnan separator in July 2025. On 07-25 it dissolves them, co-precipitates them with phosphoric acid and calcines the precipitate into LaPO4:Ce,Tb (about 59 % rare earths, an estimate from the formula): 98 % of every element into the phosphor, the rest in filtrates and kiln dust. The powder weighs more than a third more than the oxides it came from.',
  expect: 'Nothing: phosphate replaces oxygen, so the mass rises; every element comes out at 98 % of what went in.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const { works, plant, feeds, receipts } = greenPhosphorFeeds(ctx);
    const phosphor = scale(feeds.map((f) => s.share(f.lot, f.massGrams)).reduce(add), 0.98);
    w.record(works, at('2025-08-08', '10:00'), [
      ...receipts,
      s.process(works, 'gp-2507-01', at('2025-07-25'), feeds, [
        { id: 'GP-2507-01', product: 'phosphor-green-lap', massGrams: massAtShare(phosphor, 0.59), composition: phosphor },
      ], { facility: plant, note: 'co-precipitation as phosphate, calcination under reducing atmosphere' }),
    ]);
    return { world: w, find: {} };
  },
});
