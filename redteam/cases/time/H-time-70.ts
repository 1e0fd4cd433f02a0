import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-70',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Dysprosium oxide exported at 16:00 on 3 April 2025 under the old catalogue licence, the day before the dual-use control',
  does: 'The Shanghai trading house holds an export-licence-catalogue licence for dysprosium oxide, usable until 2025-04-03; from 04-04 dysprosium needs a dual-use licence. It bought 3 t of Dy2O3 from the Longnan separator in March (shipped 03-20, received 03-21) for a Japanese customer, and the container clears customs in Shanghai at 16:00 on 04-03. It reports March and April on time.',
  expect: 'Nothing: an export judged at its own time, the last day the old licence covered it; the control that began the next day does not reach back.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const licence = w.licence({ id: 'RT-EXP-PJ-CAT-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-01-01', validTo: '2025-04-03', capacityTonnesReo: 10, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const heavy = importAndSeparateHeavy(ctx, south, '2025-03', '2503', 100);
    const grams = tonnes(3);
    const source = heavy.lots['oxide-dy']!;
    w.record(south.southSeparator, at('2025-04-06', '11:00'), [s.ship(south.southSeparator, 'shp-2503-dy', at('2025-03-20'), source.split(':')[1]!, grams, r.exporter, 'LN-2503-DY-PJ')]);
    const lot = south.southSeparator.lot('LN-2503-DY-PJ');
    w.record(r.exporter, at('2025-04-08', '10:00'), [s.receive(r.exporter, 'rcv-2503-dy', at('2025-03-21'), lot, grams)]);
    w.record(r.exporter, at('2025-05-08', '10:00'), [
      s.export(r.exporter, 'exp-2504-dy', at('2025-04-03', '16:00'), lot, grams, 'JP', { licence, customsDeclaration: '220120250400019650' }),
    ]);
    return { world: w, find: {} };
  },
});
