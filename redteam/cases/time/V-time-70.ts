import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-70',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A dysprosium export of 9 April dated 3 April, the last day before the dual-use control',
  does: 'Until 2025-04-03 the Shanghai trading house exported dysprosium oxide under its export-licence-catalogue licence; from 04-04 (MOFCOM/GACC Announcement 18) dysprosium needs a dual-use licence, which takes weeks. It has a Japanese order pending. It buys 3 t of Dy2O3 from the Longnan separator (shipped 04-05, received 04-07), ships it from Shanghai on 04-09, and records the export as of 04-03 16:00 under the catalogue licence, which ran to that day. It files April on time, the receipt of 04-07 and the export "of 04-03" in the same report.',
  expect: 'An export dated before the exporter held the lot (received 04-07, shipped to it on 04-05), so dated back over the start of a control: the export event, its lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const licence = w.licence({ id: 'RT-EXP-PJ-CAT-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-01-01', validTo: '2025-04-03', capacityTonnesReo: 10, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const heavy = importAndSeparateHeavy(ctx, south, '2025-03', '2503', 100);
    const grams = tonnes(3);
    const source = heavy.lots['oxide-dy']!;
    w.record(south.southSeparator, at('2025-05-06', '10:00'), [s.ship(south.southSeparator, 'shp-2504-dy', at('2025-04-05'), source.split(':')[1]!, grams, r.exporter, 'LN-2503-DY-PJ')]);
    const lot = south.southSeparator.lot('LN-2503-DY-PJ');
    w.record(r.exporter, at('2025-05-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2504-dy', at('2025-04-07'), lot, grams),
      s.export(r.exporter, 'exp-2504-dy', at('2025-04-03', '16:00'), lot, grams, 'JP', { licence, customsDeclaration: '220120250400021874' }),
    ]);
    return {
      world: w,
      find: { events: [r.exporter.event('exp-2504-dy')], lots: [lot], parties: [r.exporter.id] },
    };
  },
});
