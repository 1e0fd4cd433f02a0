// Estimates (not in shared/DOMAIN.md): none beyond heavy.ts's Longnan cascade. A Chinese customs declaration number is 18 digits: the customs office (4), the year (4), import 0 or export 1, and a serial that restarts each year.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyJuly } from '../../lib/round15.ts';
import { dalian, exportLicence25, filed, sell24 } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-time-23',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A terbium oxide export that left Dalian on 5 January 2026 dated 16:00 on 31 December, its licence\'s last day, under a customs declaration numbered in 2026',
  does: 'A Dalian trading house holds a dual-use licence for terbium oxide to a Korean phosphor maker, 3 t REO, valid through 2025-12-31; MOFCOM has not renewed it. It bought 1 t of Tb4O7 from the Longnan separator in July (received 07-16), exported 0.5 t under the licence on 09-10 and kept the rest for a December order that slipped. The second 0.5 t was declared and sailed on 2026-01-05. In its December report, filed on 2026-01-06, the house books that export at 16:00 on 2025-12-31 under the expired licence; the declaration number it quotes, 090020261000000231, is a 2026 export declaration, among the first of the year.',
  expect: 'An export dated into its licence\'s last day that its own customs declaration places in the next year: the export, the oxide lot and the house.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx, 200);
    const dl = dalian(ctx);
    const licence = exportLicence25(ctx, dl, 'RT25-EXP-DL-TB', ['oxide-tb'], ['Tb'], '2025-01-01', '2025-12-31', 3);
    const grams = tonnes(1);
    const tb = sell24(ctx, chain.south.southSeparator, dl, { lot: chain.heavy.lots['oxide-tb']!, grams, tag: '2507-tbdl', shipAt: at('2025-07-15'), receiveAt: at('2025-07-16'), sellerRecordsAt: filed('2025-08-06', '11:30'), buyerRecordsAt: filed('2025-08-07', '09:00'), note: 'Tb4O7 99.99 %, 20 drums of 50 kg' });
    w.record(dl, filed('2025-10-08'), [
      s.export(dl, 'exp-2509-tb', at('2025-09-10', '14:00'), tb, tonnes(0.5), 'KR', { licence, customsDeclaration: '090020251000688214', note: 'terbium oxide Tb4O7 99.99 %, 10 drums' }),
    ]);
    w.record(dl, filed('2026-01-06'), [
      s.export(dl, 'exp-2512-tb', at('2025-12-31', '16:00'), tb, tonnes(0.5), 'KR', { licence, customsDeclaration: '090020261000000231', note: 'terbium oxide Tb4O7 99.99 %, 10 drums' }),
    ]);
    return {
      world: w,
      find: { parties: [dl.id], lots: [tb], events: [dl.event('exp-2512-tb')] },
    };
  },
});
