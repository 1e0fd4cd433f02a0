import type { ExportEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-62',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A July export "corrected" in September to cite a licence issued in September',
  does: 'The Shanghai trading house exports 2 t of dysprosium oxide to Japan on 2025-07-24 without a licence and reports it so on 08-08. In September it obtains a dual-use licence for dysprosium oxide, valid from 09-01. On 09-12 it files a correction of the July export that keeps its date, quantity, destination and customs declaration and adds the new licence\'s number, "licence reference omitted in error". The July export now cites a licence that did not exist in July.',
  expect: 'A correction made after the deadline that gives a past export a licence from a later date: the export is judged at its own time, when no licence covered it; the correction, the export and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    w.licence({ id: 'RT-EXP-PJ-DY-2025B', party: r.exporter.id, activity: 'export', validFrom: '2025-09-01', validTo: '2026-08-31', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const grams = tonnes(2);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.exporter, '2025-07', '2507-dy');
    const declaration = '220120250700058803';
    w.record(r.exporter, at('2025-08-08', '10:00'), [s.export(r.exporter, 'exp-2507-dy', at('2025-07-24'), lot, grams, 'JP', { customsDeclaration: declaration })]);
    const replacement: ExportEvent = { id: 'cor-2509-01', kind: 'export', time: at('2025-07-24'), lot, massGrams: grams, destinationCountry: 'JP', licence: 'RT-EXP-PJ-DY-2025B', customsDeclaration: declaration };
    w.record(r.exporter, at('2025-09-12', '16:00'), [s.correct('cor-2509-01', at('2025-09-12', '15:00'), 'exp-2507-dy', 'licence reference omitted in error', replacement)]);
    return {
      world: w,
      find: { events: [r.exporter.event('cor-2509-01'), r.exporter.event('exp-2507-dy')], lots: [lot], parties: [r.exporter.id] },
    };
  },
});
