// Estimates (not in DOMAIN.md): the 200 g month-end count difference.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyJuly, heavyOxideTo } from '../../lib/round15.ts';

export default defineCase({
  id: 'V-time-83',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'An August dysprosium oxide export entered in the ledger only on 20 November, after the licence-use check',
  does: 'The Shanghai exporter holds a dual-use licence for 5 t REO of dysprosium oxide (2025-07-01 to 2026-06-30). It buys 5 t of Dy2O3 from the Longnan separator (received 07-16), exports 2 t to Japan on 07-22 and reports it on 08-08. It exports another 2.5 t to Korea on 08-19, but leaves that export out of its August report (filed 09-08 with nothing else) and enters it, truthfully dated, only on 11-20, after MOFCOM\'s end-of-October check of how much of the licence had been used.',
  expect: 'An export of a controlled oxide recorded three months after the 10 September deadline: the late export event and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx);
    w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const lot = heavyOxideTo(ctx, chain, 'oxide-dy', tonnes(5), r.exporter, '2507-dy');
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.export(r.exporter, 'exp-2507-dy', at('2025-07-22'), lot, tonnes(2), 'JP', { licence: 'RT-EXP-PJ-DY-2025', customsDeclaration: '220120250700045511' }),
    ]);
    w.record(r.exporter, at('2025-09-08', '10:00'), [
      s.adjust(r.exporter, 'adj-2508-dy', at('2025-08-31', '17:00'), lot, -200, 'month-end count: drum liner residue'),
    ]);
    w.record(r.exporter, at('2025-11-20', '15:00'), [
      s.export(r.exporter, 'exp-2508-dy', at('2025-08-19'), lot, tonnes(2.5), 'KR', { licence: 'RT-EXP-PJ-DY-2025', customsDeclaration: '220120250800051277' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('exp-2508-dy')], parties: [r.exporter.id] } };
  },
});
