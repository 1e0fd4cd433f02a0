import { defineCase } from '../../lib/case.ts';
import { at, typical } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';
import { mischmetalTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-conservation-56',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Ce-Fe-B magnets sintered from La–Ce mischmetal alone: some 125 t of magnets holding 26 t of praseodymium and neodymium that no input carried',
  does: 'The Ningbo magnet maker buys 18 t of La–Ce mischmetal from the Baotou smelter (received 2025-07-13) for a cerium-substituted grade. On 07-22 it books a Ce-Fe-B campaign whose only rare earth feed is that mischmetal, and whose output is some 125 t of Ce-Fe-B magnets at the grade\'s ordinary mix: 9 % cerium, and 21 % praseodymium and neodymium. The Pr and Nd are off-book metal bought for cash; the campaign gives the magnets a paper origin.',
  expect: 'A sintering campaign that puts out some 26 t of Pr and Nd when its inputs hold none: the campaign, the magnet lot and the magnet maker.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const mm = mischmetalTo(ctx, r.magnets);
    const ce = s.lot(mm.lot).composition.Ce!;
    // Magnets at the catalogue's Ce-Fe-B mix, sized so that their cerium is 98 % of the mischmetal's.
    const magnetGrams = Math.floor((ce * 0.98) / 0.09);
    const magnetComp = typical('magnet-cefeb', magnetGrams);
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      mm.receipt,
      s.process(r.magnets, 'snt-2507-cefeb', at('2025-07-22'), [{ lot: mm.lot, massGrams: mm.grams }], [
        { id: 'MG-2507-CEFEB', product: 'magnet-cefeb', massGrams: magnetGrams, composition: magnetComp },
      ], { facility: r.magnetPlant, note: 'Ce-Fe-B grade for compressor motors: strip casting, HD, jet milling, pressing, sintering' }),
    ]);
    return { world: w, find: { events: [r.magnets.event('snt-2507-cefeb')], lots: [r.magnets.lot('MG-2507-CEFEB')], parties: [r.magnets.id] } };
  },
});
