// Estimates (not in shared/DOMAIN.md): cracking and leaching to mixed chloride recover 96.5 % of
// each element (DOMAIN.md: > 92 %), solvent extraction 98.5 % of the chloride (> 96 %), 95 % in all,
// as the baseline; mixed chloride at 45 % REO (the catalogue's grade); residue 0.45 t per t of feed.
import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, subtract } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cappedMix, on } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-conservation-18',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Baotou separator ends July with 40 % of the month\'s feed still in its tanks as mixed chloride, and separates it in August',
  does: 'The Baotou separator receives 1,000 t of Bayan Obo concentrate on 2025-07-11 and cracks and leaches it on 07-20 into mixed rare earth chloride (96.5 % of each element), its water-leach residue going to the licensed store. A solvent-extraction section is down for maintenance, so on 07-28 it separates only 60 % of the chloride into oxides; the other 40 % stands in its tanks as a booked chloride lot over the month end and is separated on 08-12. It reports July on 08-06 and August on 09-06.',
  expect: 'Nothing: July\'s oxides are short of July\'s feed only by the chloride held in stock on the books, separated the next month; each step recovers what the norms ask.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const feedComp = { ...s.lot(feed).composition };
    const chloride = scale(feedComp, 0.965);
    const chlorideGrams = Math.ceil(reo(chloride) / 0.45);
    const residueGrams = residueGramsFor(shippedGrams);
    const residueComp = cappedMix('slag-water-leach-residue', residueGrams, subtract(feedComp, chloride));
    const crack = s.process(r.separator, 'crk-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], [
      { id: 'CHL-2507-01', product: 'mixed-chloride-light', massGrams: chlorideGrams, composition: chloride },
      { id: 'SEP-2507-RES', product: 'slag-water-leach-residue', massGrams: residueGrams, composition: residueComp },
    ], { facility: r.separationPlant, note: 'acid roasting, water leach, mixed chloride solution to the tank farm' });
    const firstGrams = Math.round(chlorideGrams * 0.6);
    const first = separate(s.share(r.separator.lot('CHL-2507-01'), firstGrams), 'SEP-2507A', { recovery: 0.985 });
    const sx1 = s.process(r.separator, 'sep-2507-01', at('2025-07-28'), [{ lot: 'CHL-2507-01', massGrams: firstGrams }], first.outputs, { facility: r.separationPlant, note: 'solvent extraction, sections 1–3 (section 4 down for maintenance)' });
    w.record(r.separator, on('2025-08-06'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      crack, sx1,
      s.ship(r.separator, 'shp-2507-res', at('2025-07-22'), 'SEP-2507-RES', residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot('SEP-2507-RES'), residueGrams, '2507');
    const restGrams = chlorideGrams - firstGrams;
    const second = separate(s.share(r.separator.lot('CHL-2507-01'), restGrams), 'SEP-2508B', { recovery: 0.985 });
    w.record(r.separator, on('2025-09-06'), [
      s.process(r.separator, 'sep-2508-01', at('2025-08-12'), [{ lot: 'CHL-2507-01', massGrams: restGrams }], second.outputs, { facility: r.separationPlant, note: 'solvent extraction of the chloride held over from July' }),
    ]);
    return { world: w, find: {} };
  },
});
