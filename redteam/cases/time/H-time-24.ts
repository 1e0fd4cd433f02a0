// Estimates (not in shared/DOMAIN.md): none beyond heavy.ts's Longnan cascade. A Chinese customs declaration number is 18 digits: the customs office (4), the year (4), import 0 or export 1, and a serial that restarts each year.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyJuly } from '../../lib/round15.ts';
import { dalian, exportLicence25, filed, sell24 } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-time-24',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A terbium oxide export cleared at 16:20 on 31 December, the licence\'s last day, and reported with December on 6 January',
  does: 'A Dalian trading house holds a dual-use licence for terbium oxide to a Korean phosphor maker, 3 t REO, valid through 2025-12-31. It bought 1 t of Tb4O7 from the Longnan separator in July (received 07-16), exported 0.5 t on 09-10, and rushed the second 0.5 t through Dalian customs before the licence ran out: released for export at 16:20 on 2025-12-31 under declaration 090020251001210377, the vessel sailing on 01-02. It reports December on 2026-01-06, after the licence has expired.',
  expect: 'Nothing: an export inside its licence\'s last afternoon, its declaration of the same year, reported on time after the licence ended.',
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
      s.export(dl, 'exp-2512-tb', at('2025-12-31', '16:20'), tb, tonnes(0.5), 'KR', { licence, customsDeclaration: '090020251001210377', note: 'terbium oxide Tb4O7 99.99 %, 10 drums; released for export 16:20, sailing 01-02' }),
    ]);
    return { world: w, find: {} };
  },
});
