// Estimates (not in shared/DOMAIN.md): the catalogue's high-yttrium clay concentrate (92 % REO);
// 96 % recovery (the ionic norm is > 94 %).
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changshu, cutsOf, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-time-35',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'An April import of Myanmar clay concentrate "corrected" in September into a Lao one, so that the oxides made from it can be sold to a buyer that refuses Myanmar feed',
  does: 'The Changshu separator imports 120 t of high-yttrium clay concentrate from Myanmar through Ruili on 2025-04-08 and reports it with April on 05-06. Its largest customer, a European magnet maker auditing its supply chain, then stops taking oxides from Myanmar feed, whose mines are held by armed groups; the concentrate waits in the yard. On 09-16, five months after April\'s deadline, the separator files a correction of the April import whose replacement is the same 120 t under the same declaration, now "origin Laos", reason "country of origin keyed wrongly". On 09-20 it separates the "Lao" lot into single oxides. September is reported on 10-06.',
  expect: 'A correction months after the deadline that rewrites where a cargo came from, with nothing but a reason to support it: the correction, the new lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const cs = changshu(ctx);
    const grams = tonnes(120);
    const declaration = '530620250400021187';
    w.record(cs.separator, on('2025-05-06'), [
      s.import(cs.separator, 'imp-2504-01', at('2025-04-08', '11:00'), { id: 'MM-2504-01', product: 'concentrate-ionic-high-y', massGrams: grams }, 'MM', declaration),
    ]);
    const composition = { ...s.lot(cs.separator.lot('MM-2504-01')).composition };
    const replacement = s.import(cs.separator, 'cor-2509-01', at('2025-04-08', '11:00'), { id: 'LA-2504-01', product: 'concentrate-ionic-high-y', massGrams: grams, composition }, 'LA', declaration);
    w.record(cs.separator, on('2025-09-16', '16:00'), [
      s.correct('cor-2509-01', at('2025-09-16', '15:30'), 'imp-2504-01', 'country of origin keyed wrongly: the cargo is Lao', replacement),
    ]);
    const made = cutsOf(scale(s.lot(cs.separator.lot('LA-2504-01')).composition, 0.96), 'CS-2509');
    w.record(cs.separator, on('2025-10-06'), [
      s.process(cs.separator, 'sep-2509-01', at('2025-09-20'), [{ lot: 'LA-2504-01', massGrams: grams }], made.outputs, { facility: cs.plant, note: 'clay concentrate, declared to the group as imported ore; P507 cascade' }),
    ]);
    return {
      world: w,
      find: { parties: [cs.separator.id], events: [cs.separator.event('cor-2509-01')], lots: [cs.separator.lot('LA-2504-01')] },
    };
  },
});
