import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-92',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Gd–Fe and Dy–Fe alloys made in one furnace campaign from gadolinium and dysprosium oxides',
  does: 'The Baotou metal smelter buys 3 t of Gd2O3 and 2 t of Dy2O3 from the Longnan separator in July 2025 (received 07-16) and on 07-22 runs one vacuum-furnace campaign for two customers: Gd–Fe alloy for a magnetocaloric maker and Dy–Fe alloy for magnet makers, one charge after the other. Each alloy holds 97 % of its own element (the rest is lost to slag and crucible skull, as in the baseline\'s electrolysis): 2.5 t of gadolinium in 3.3 t of Gd–Fe (75 %) and 1.67 t of dysprosium in 2.1 t of Dy–Fe (80 %). July is reported on time.',
  expect: 'Nothing: two oxides in one campaign, two alloys out, and every element closes on its own at a normal yield.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const gdGrams = tonnes(3);
    const dyGrams = tonnes(2);
    const gdLot = sellOxide(ctx, south, heavy, 'oxide-gd', gdGrams, r.smelter, '2025-07', '2507-gd');
    const dyLot = sellOxide(ctx, south, heavy, 'oxide-dy', dyGrams, r.smelter, '2025-07', '2507-dy');
    const gdComp = { Gd: Math.floor(s.lot(gdLot).composition.Gd! * 0.97) };
    const dyComp = { Dy: Math.floor(s.lot(dyLot).composition.Dy! * 0.97) };
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'alloy-2507-01', at('2025-07-22'), [{ lot: gdLot, massGrams: gdGrams }, { lot: dyLot, massGrams: dyGrams }], [
        { id: 'DYFE-2507-01', product: 'alloy-dyfe', massGrams: massAtShare(dyComp, 0.8), composition: dyComp },
        { id: 'GDFE-2507-01', product: 'alloy-gdfe', massGrams: massAtShare(gdComp, 0.75), composition: gdComp },
      ], { facility: r.metalPlant, note: 'calcium reduction of the fluorides with iron, vacuum induction furnace: Gd–Fe charge, then Dy–Fe charge' }),
    ]);
    return { world: w, find: {} };
  },
});
