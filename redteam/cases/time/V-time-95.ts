import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyLots } from '../../lib/round16.ts';

export default defineCase({
  id: 'V-time-95',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Myanmar high-yttrium feed separated on 5 August, six days before its customs clearance on the 11th',
  does: 'The Longnan separator runs 120 t of high-yttrium ionic concentrate through its cascade on 2025-08-05. The feed came over the border at Ruili in drums with no papers; an import declaration for 120 t of "Myanmar ionic concentrate" is lodged and cleared on 08-11, and the separator books the import at its clearance time and the separation at the day it really ran, both in its August report on 09-06, so that the separation\'s feed is the declared import.',
  expect: 'A separation dated before the feed it consumed entered the country (and the ledger): the separation, the import, the imported lot and the separator.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 96 % recovery of the Longnan cascade (heavy.ts).
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const sep = south.southSeparator;
    const feedGrams = tonnes(120);
    const imp = s.import(sep, 'imp-2508-mm', at('2025-08-11', '10:20'), { id: 'MM-2508-01', product: 'concentrate-ionic-high-y', massGrams: feedGrams }, 'MM', '530620250800031177');
    const recovered = scale(s.lot(sep.lot('MM-2508-01')).composition, 0.96);
    w.record(sep, at('2025-09-06', '10:00'), [
      imp,
      s.process(sep, 'sep-2508-hy', at('2025-08-05'), [{ lot: 'MM-2508-01', massGrams: feedGrams }], heavyLots(recovered, 'LN-2508'), { facility: south.southPlant, note: 'Myanmar high-yttrium feed, declared to the group as imported ore' }),
    ]);
    return {
      world: w,
      find: { events: [sep.event('sep-2508-hy'), sep.event('imp-2508-mm')], lots: [sep.lot('MM-2508-01')], parties: [sep.id] },
    };
  },
});
