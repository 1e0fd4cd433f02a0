import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { ab5Chain } from '../../lib/round13.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-68',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'AB5 hydrogen-storage alloy powder, 33 % lanthanum and cerium, exported to Japan without a licence',
  does: 'A Baotou hydrogen-storage alloy works, registered also as an exporter, melts 18 t of La–Ce mischmetal (reduced by the Baotou smelter from the separator\'s lanthanum and cerium oxides) with nickel, cobalt, manganese and aluminium on 2025-07-20 into about 54 t of AB5 alloy, and on 08-12 exports 40 t of it to a Japanese NiMH battery maker with no licence. Its rare earths are lanthanum and cerium only. July and August are reported by the 8th of the next month.',
  expect: 'Nothing: a hydrogen-storage alloy of lanthanum and cerium carries none of the controlled elements; its grade and mix fit an AB5 alloy.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = ab5Chain(ctx, { exporter: true });
    w.record(chain.works, at('2025-09-05', '10:00'), [
      s.export(chain.works, 'exp-2508-ab5', at('2025-08-12'), 'AB5-2507-01', tonnes(40), 'JP', { customsDeclaration: '020220250800041170', note: 'AB5 hydrogen-storage alloy powder for NiMH cells' }),
    ]);
    return { world: w, find: {} };
  },
});
