// Estimates (not in shared/DOMAIN.md): about 59 % rare earths in LaPO4:Ce,Tb (from its formula) and 98 % recovery are estimates.
import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, pick, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { greenPhosphorFeeds } from '../../lib/round18.ts';

export default defineCase({
  id: 'V-conservation-97',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A green-phosphor campaign whose powder holds 40 % more terbium than the terbium oxide it bought',
  does: 'A Ganzhou lamp-phosphor works buys lanthanum and cerium oxide from the Baotou separator and 0.9 t of terbium oxide from the Longnan separator in July 2025. On 07-25 it books a LaPO4:Ce,Tb campaign: 98 % of the lanthanum and cerium, as a phosphor plant recovers them, but 140 % of the terbium. The extra 0.3 t of terbium is oxide from an illegal heap leach in the hills, which the phosphor lot now carries with a licensed history.',
  expect: 'A campaign whose product holds more terbium than all its feeds; the campaign, the phosphor lot and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const { works, plant, feeds, receipts } = greenPhosphorFeeds(ctx);
    const feed = feeds.map((f) => s.share(f.lot, f.massGrams)).reduce(add);
    const phosphor = add(scale(pick(feed, ['La', 'Ce']), 0.98), scale(pick(feed, ['Tb']), 1.4));
    w.record(works, at('2025-08-08', '10:00'), [
      ...receipts,
      s.process(works, 'gp-2507-01', at('2025-07-25'), feeds, [
        { id: 'GP-2507-01', product: 'phosphor-green-lap', massGrams: massAtShare(phosphor, 0.59), composition: phosphor },
      ], { facility: plant, note: 'co-precipitation as phosphate, calcination under reducing atmosphere' }),
    ]);
    return { world: w, find: { events: [works.event('gp-2507-01')], lots: [works.lot('GP-2507-01')], parties: [works.id] } };
  },
});
