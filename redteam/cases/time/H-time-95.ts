import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyLots } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-time-95',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Myanmar feed cleared at the Ganzhou inland port at 10:20 and in the cascade by 15:00 the same day',
  does: 'The Longnan separator\'s 120 t of Myanmar high-yttrium concentrate travel in bond by rail to the Ganzhou international land port, 60 km from the plant, where the import is declared and cleared at 10:20 on 2025-08-11; the drums are trucked straight to the plant and the first tank of the cascade is charged at 15:00 that afternoon. Import and separation are in the August report of 09-06.',
  expect: 'Nothing: the feed is cleared before it is fed; a few hours between the two is what an inland port next to the plant allows.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 96 % recovery of the Longnan cascade (heavy.ts); 60 km from the Ganzhou inland port to Longnan.
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const sep = south.southSeparator;
    const feedGrams = tonnes(120);
    const imp = s.import(sep, 'imp-2508-mm', at('2025-08-11', '10:20'), { id: 'MM-2508-01', product: 'concentrate-ionic-high-y', massGrams: feedGrams }, 'MM', '406720250800031177');
    const recovered = scale(s.lot(sep.lot('MM-2508-01')).composition, 0.96);
    w.record(sep, at('2025-09-06', '10:00'), [
      imp,
      s.process(sep, 'sep-2508-hy', at('2025-08-11', '15:00'), [{ lot: 'MM-2508-01', massGrams: feedGrams }], heavyLots(recovered, 'LN-2508'), { facility: south.southPlant, note: 'Myanmar high-yttrium feed, declared to the group as imported ore' }),
    ]);
    return { world: w, find: {} };
  },
});
