import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { dalian, exportLicence, longnanHeavy, on, sale } from '../../lib/round26.ts';
import type { ExportEvent } from '../../../src/ledger/index.ts';

export default defineCase({
  id: 'V-time-27',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A dysprosium oxide export to the United States "corrected" fifteen weeks later into an export to Japan, "destination keyed wrongly"',
  does: 'A Dalian trading and export house holds a dual-use licence for dysprosium oxide (2.5 t REO, 2025-07-01 to 2026-06-30), granted on an end-user certificate from a Japanese magnet maker. It buys 2 t of Dy2O3 from the Longnan separator (shipped 07-15, received 07-18) and on 08-06 exports 1.8 t citing the licence, destination the United States, to a magnet start-up in Texas; it reports the export with August on 09-05. When MOFCOM\'s end-use review of licences asks in November where the oxide went, the house files on 11-18 a correction of the export: the same lot, mass, day, licence and customs declaration, the destination now Japan, reason "destination keyed wrongly".',
  expect: 'A correction filed months after the deadline that changes only the destination of a controlled export: the correction, the exported lot and the house.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const dl = dalian(ctx);
    const licence = exportLicence(ctx, dl, 'RT26-EXP-DL-DY', '2025-07-01', '2026-06-30', 2.5, ['oxide-dy'], ['Dy']);
    const { chain } = longnanHeavy(ctx, '2507', 100);
    const ln = chain.southSeparator;
    const lot = sale(ctx, ln, dl, {
      lot: ln.lot('LN-2507-DY'), grams: tonnes(2), tag: '2507-dl', shipAt: at('2025-07-15'), receiveAt: at('2025-07-18', '14:00'),
      sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-07'), note: 'sealed steel drums, by road to Dalian',
    });
    const exported = tonnes(1.8);
    const declaration = '090220250800040611';
    w.record(dl, on('2025-09-05'), [
      s.export(dl, 'exp-2508-dy', at('2025-08-06'), lot, exported, 'US', { licence, customsDeclaration: declaration, note: 'dysprosium oxide 99.5 %, HS 2846.90' }),
    ]);
    const replacement: ExportEvent = {
      id: 'cor-2511-dy', kind: 'export', time: at('2025-08-06'), lot, massGrams: exported, destinationCountry: 'JP', licence, customsDeclaration: declaration, note: 'dysprosium oxide 99.5 %, HS 2846.90',
    };
    w.record(dl, on('2025-11-18'), [s.correct('cor-2511-dy', at('2025-08-06'), 'exp-2508-dy', 'destination keyed wrongly: the goods went to Japan', replacement)]);
    return {
      world: w,
      find: { parties: [dl.id], lots: [lot], events: [dl.event('cor-2511-dy')] },
    };
  },
});
