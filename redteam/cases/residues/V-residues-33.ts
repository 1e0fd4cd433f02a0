// Estimates (not in shared/DOMAIN.md): an acid-insoluble residue of some 3 % of a clay concentrate's
// weight, which in an honest plant holds a fraction of a per cent of its rare earths.
import type { Composition } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { add, at, pick, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { clayMonth, guangdong, on } from '../../lib/round23.ts';

const HEAVY = ['Tb', 'Dy', 'Y'] as const;

export default defineCase({
  id: 'V-residues-33',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Heyuan separator books a fifth of its clay feed\'s terbium, dysprosium and yttrium in a 6 t "acid-insoluble residue" and buries it in its own yard',
  does: 'The Heyuan separator separates 200 t of Pingyuan light clay concentrate on 2025-07-20. Its records put 95 % of the lanthanum, cerium, NdPr and middle elements in its oxides, but only 75 % of the terbium, dysprosium and yttrium; a fifth of those three, some 1.2 t REO, it writes into a 6 t lot of "acid-insoluble residue" (booked as clay leach tailings), which on 07-26 it records as landfilled in the filter-cake yard behind its plant. The plant holds no disposal licence and the yard is no licensed site. The cake is in fact a heavy rare earth precipitate, sold to a private workshop in Longchuan that finishes it into dysprosium and terbium oxides. July is reported on 08-06.',
  expect: 'A residue with 20 % rare earth oxide, nearly all of it heavy elements, disposed of at the separator\'s own plant: the residue lot, its disposal, the separation that made it and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const gd = guangdong(ctx);
    let cake: Composition = {};
    const month = clayMonth(ctx, gd, '2025-07', '2507', 200, 'concentrate-ionic-light', {
      recordSeparator: false,
      recovered: (feed) => {
        const heavy = pick(feed, HEAVY);
        const light: Composition = {};
        for (const [symbol, grams] of Object.entries(feed) as [keyof Composition, number][]) if (!(HEAVY as readonly string[]).includes(symbol)) light[symbol] = grams;
        cake = scale(heavy, 0.2);
        return add(scale(light, 0.95), scale(heavy, 0.75));
      },
      extra: () => [{ id: 'SP-2507-RES', product: 'tailings-ionic-leach', massGrams: 6_000_000, composition: cake }],
    });
    w.record(gd.separator, on('2025-08-06'), [
      ...month.separatorEvents,
      s.dispose(gd.separator, 'dsp-2507-res', at('2025-07-26'), 'SP-2507-RES', 6_000_000, 'landfill', gd.plant),
    ]);
    return {
      world: w,
      find: {
        parties: [gd.separator.id],
        events: [gd.separator.event('dsp-2507-res'), gd.separator.event(month.separation)],
        lots: [gd.separator.lot('SP-2507-RES')],
      },
    };
  },
});
