// Estimates (not in shared/DOMAIN.md, which has no oxide → metal yield): calciothermic terbium
// reduction with vacuum distillation recovers some 95–97 % of the terbium; the works books 80 %.
import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { longnanHeavy, on, yichun } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-conservation-14',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Yichun metal works books a fifth of the terbium it reduces as "crucible and distillation losses"',
  does: 'The Longnan separator separates 200 t of Myanmar high-yttrium feed in July 2025 and sells 1.9 t of its terbium oxide to a Yichun (Jiangxi) rare metals works (shipped 07-15, received 07-16). On 07-20 the works fluorinates it, reduces it with calcium and distils the metal, and books 1.29 t of terbium metal: 80 % of the 1.60 t of terbium it put in. The campaign record has no slag, no crucible skull, no distillation residue lot, only a note "crucible and distillation losses". Some 270 kg of terbium metal, worth some ¥2.5 million, left the works for cash. It reports July on 08-07.',
  expect: 'A metal campaign that loses a fifth of a costly element with nothing to show for it, far below any honest yield: the campaign, the terbium lots and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const yc = yichun(ctx);
    const { chain, heavy } = longnanHeavy(ctx, 'r27c14', 200, '2025-07');
    const tbOxide = sellOxide(ctx, chain, heavy, 'oxide-tb', tonnes(1.9), yc.party, '2025-07', 'r27c14-tb');
    const tb = scale(s.lot(tbOxide).composition, 0.8);
    w.record(yc.party, on('2025-08-07', '11:00'), [
      s.process(yc.party, 'met-2507-tb', at('2025-07-20'), [{ lot: tbOxide, massGrams: tonnes(1.9) }], [
        { id: 'YC-2507-TB', product: 'metal-tb', massGrams: metalMass(tb), composition: tb },
      ], { facility: yc.plant, note: 'HF fluorination, calcium reduction in tantalum crucibles, vacuum distillation; crucible and distillation losses' }),
    ]);
    return {
      world: w,
      find: { parties: [yc.party.id], lots: [tbOxide, yc.party.lot('YC-2507-TB')], events: [yc.party.event('met-2507-tb')] },
    };
  },
});
