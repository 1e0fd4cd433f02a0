import type { Composition, ElementSymbol } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, subtract, typical } from '../../lib/chem.ts';
import { day, honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-71',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A campaign split across the month end: July makes only mixed chloride, August separates it with no feed received',
  does: 'In July 2025 the separator\'s solvent-extraction hall is down for its summer relining, so it runs only the front end on the 1,000 t of concentrate it receives on 07-11: acid roasting and water leach on 07-20 give 1,078 t of mixed rare earth chloride solution-cake (45 % REO, 97 % of the feed\'s rare earths; an estimate) and 450 t of thorium-bearing residue, sent to the licensed store on 07-24. July ends with the chloride in stock and not one tonne of separated oxide. On 08-12, with the hall back, it separates the whole chloride lot at 98 % into NdPr, La, Ce, SmEuGd and heavy oxides, receiving no concentrate in August. Each month is reported on time.',
  expect: 'Nothing: over the two months the plant recovers 95 % of the feed, as usual; July\'s low output is stock carried in an intermediate lot, and August\'s output comes from that stock.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2507' });
    const held = s.lot(feed).composition;
    const inChloride = scale(held, 0.97);
    const residueGrams = residueGramsFor(shippedGrams);
    const left = subtract(held, inChloride);
    const wanted = typical('slag-water-leach-residue', residueGrams);
    const residueComp: Composition = {};
    for (const [symbol, grams] of Object.entries(wanted) as [ElementSymbol, number][]) {
      const capped = Math.min(grams, left[symbol] ?? 0);
      if (capped > 0) residueComp[symbol] = capped;
    }
    const chlorideReo = reo(inChloride);
    const chloride = { id: 'MCL-2507-01', product: 'mixed-chloride-light', massGrams: Math.ceil(chlorideReo / 0.45), composition: inChloride };
    const residue = { id: 'SEP-2507-RES', product: 'slag-water-leach-residue', massGrams: residueGrams, composition: residueComp };
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2507-01', at(day(month, 11), '09:00'), feed, shippedGrams),
      s.process(r.separator, 'lch-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], [chloride, residue], { facility: r.separationPlant, note: 'acid roasting and water leach only: SX hall down for summer relining' }),
      s.ship(r.separator, 'shp-2507-res', at(day(month, 24)), residue.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residueGrams, '2507');
    const plan = separate(inChloride, 'SEP-2508', { recovery: 0.98 });
    w.record(r.separator, reportTime('2025-08', 6), [
      s.process(r.separator, 'sep-2508-01', at('2025-08-12'), [{ lot: chloride.id, massGrams: chloride.massGrams }], plan.outputs, { facility: r.separationPlant, note: 'solvent extraction of July\'s chloride after the relining' }),
    ]);
    return { world: w, find: {} };
  },
});
