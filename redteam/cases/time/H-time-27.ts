import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { dalian, exportLicence, longnanHeavy, on, sale } from '../../lib/round26.ts';
import type { ExportEvent } from '../../../src/ledger/index.ts';

export default defineCase({
  id: 'H-time-27',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A dysprosium export keyed to Korea, the transhipment port, corrected to Japan the next morning',
  does: 'A Dalian trading and export house holds a dual-use licence for dysprosium oxide (2.5 t REO, 2025-07-01 to 2026-06-30) on an end-user certificate from an Osaka magnet maker. It buys 2 t of Dy2O3 from the Longnan separator (shipped 07-15, received 07-18) and reports the receipt early, at noon on 08-06. That morning it exports 1.8 t citing the licence; its clerk enters the export that evening from the forwarder\'s booking, which routes the container through Busan, and keys the destination as Korea. The next morning the export manager checks it against the licence and files a correction: the same lot, mass, day, licence and declaration, destination Japan, "Busan is the transhipment port; the consignee is in Osaka". August is reported on 09-05.',
  expect: 'Nothing: a keying error corrected within a day, long before the deadline, to what the licence and the customs declaration always said.',
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
      sellerAt: on('2025-08-06', '10:30'), buyerAt: on('2025-08-06', '12:00'), note: 'sealed steel drums, by road to Dalian',
    });
    const exported = tonnes(1.8);
    const declaration = '090220250800040611';
    w.record(dl, on('2025-08-06', '18:00'), [
      s.export(dl, 'exp-2508-dy', at('2025-08-06', '11:00'), lot, exported, 'KR', { licence, customsDeclaration: declaration, note: 'dysprosium oxide 99.5 %, HS 2846.90' }),
    ]);
    const replacement: ExportEvent = {
      id: 'cor-2508-dy', kind: 'export', time: at('2025-08-06', '11:00'), lot, massGrams: exported, destinationCountry: 'JP', licence, customsDeclaration: declaration, note: 'dysprosium oxide 99.5 %, HS 2846.90',
    };
    w.record(dl, on('2025-08-07', '09:30'), [s.correct('cor-2508-dy', at('2025-08-06', '11:00'), 'exp-2508-dy', 'Busan is the transhipment port; the consignee is in Osaka', replacement)]);
    return { world: w, find: {} };
  },
});
