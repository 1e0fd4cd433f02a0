import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-92',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Cheap gadolinium oxide bought as cover: a Dy–Fe campaign turns most of it into dysprosium',
  does: 'The Baotou metal smelter buys 3 t of Gd2O3 and 2 t of Dy2O3 from the Longnan separator in July 2025 and on 07-22 runs one vacuum-furnace campaign making Dy–Fe and Gd–Fe alloys. It books 4.7 t of Dy–Fe alloy holding 3.7 t of dysprosium (the Dy oxide held 1.7 t) and only 0.6 t of Gd–Fe holding 0.45 t of gadolinium (the Gd oxide held 2.6 t). The total rare earth out is 97 % of the total in, as in any honest campaign; the extra dysprosium is Myanmar oxide smuggled in, and the gadolinium, a tenth of dysprosium\'s price, was bought only to give its mass an entry. July is reported on time.',
  expect: 'Element by element, the campaign makes twice the dysprosium its inputs held and loses most of the gadolinium: the campaign, its Dy–Fe lot and the smelter.',
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
    const gd = s.lot(gdLot).composition.Gd!;
    const dy = s.lot(dyLot).composition.Dy!;
    const totalOut = Math.floor((gd + dy) * 0.97);
    const gdOut = Math.floor(gd * 0.17);
    const dyComp = { Dy: totalOut - gdOut };
    const gdComp = { Gd: gdOut };
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'alloy-2507-01', at('2025-07-22'), [{ lot: gdLot, massGrams: gdGrams }, { lot: dyLot, massGrams: dyGrams }], [
        { id: 'DYFE-2507-01', product: 'alloy-dyfe', massGrams: massAtShare(dyComp, 0.8), composition: dyComp },
        { id: 'GDFE-2507-01', product: 'alloy-gdfe', massGrams: massAtShare(gdComp, 0.75), composition: gdComp },
      ], { facility: r.metalPlant, note: 'calcium reduction of the fluorides with iron, vacuum induction furnace, one campaign' }),
    ]);
    return {
      world: w,
      find: { events: [r.smelter.event('alloy-2507-01')], lots: [r.smelter.lot('DYFE-2507-01')], parties: [r.smelter.id] },
    };
  },
});
