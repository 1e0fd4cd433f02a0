// Estimates (not in shared/DOMAIN.md): the catalogue's high-yttrium clay concentrate (92 % REO);
// 96 % recovery (the ionic norm is > 94 %).
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changshu, cutsOf, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'H-time-35',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'An import\'s country of origin corrected from Laos to Myanmar the day after the report, before the deadline and before the cargo is touched',
  does: 'The Changshu separator imports 120 t of high-yttrium clay concentrate through Ruili on 2025-07-08. Its customs broker keys the origin as Laos, and the July report goes in so on 08-05. Reconciling the report with the customs entry on 08-06, the separator sees the declaration says Myanmar and files a correction the same day whose replacement is the same import with origin Myanmar, reason "origin keyed as LA by the broker; customs entry says MM". The cargo has not moved; it is separated on 08-12 and reported with August on 09-05.',
  expect: 'Nothing: a clerical correction made against the customs entry, before the month\'s deadline and before anything was done with the lot; the correction moves the origin towards what customs says, not away from it.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const cs = changshu(ctx);
    const grams = tonnes(120);
    const declaration = '530620250700034406';
    w.record(cs.separator, on('2025-08-05'), [
      s.import(cs.separator, 'imp-2507-01', at('2025-07-08', '11:00'), { id: 'LA-2507-01', product: 'concentrate-ionic-high-y', massGrams: grams }, 'LA', declaration),
    ]);
    const composition = { ...s.lot(cs.separator.lot('LA-2507-01')).composition };
    const replacement = s.import(cs.separator, 'cor-2508-01', at('2025-07-08', '11:00'), { id: 'MM-2507-01', product: 'concentrate-ionic-high-y', massGrams: grams, composition }, 'MM', declaration);
    w.record(cs.separator, on('2025-08-06', '16:00'), [
      s.correct('cor-2508-01', at('2025-08-06', '15:30'), 'imp-2507-01', 'origin keyed as LA by the broker; customs entry says MM', replacement),
    ]);
    const made = cutsOf(scale(s.lot(cs.separator.lot('MM-2507-01')).composition, 0.96), 'CS-2508');
    w.record(cs.separator, on('2025-09-05'), [
      s.process(cs.separator, 'sep-2508-01', at('2025-08-12'), [{ lot: 'MM-2507-01', massGrams: grams }], made.outputs, { facility: cs.plant, note: 'clay concentrate, declared to the group as imported ore; P507 cascade' }),
    ]);
    return { world: w, find: {} };
  },
});
