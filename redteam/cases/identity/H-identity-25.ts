// Estimates (not in shared/DOMAIN.md): 97 % of the oxide's holmium into Ho–Fe (the library's oxide → metal yield); the catalogue's 80 % Ho alloy.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { importAndSeparateHeavy } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { filed, jian, jianAlloy, sell24 } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-identity-25',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Holmium–iron alloy exported from Ji\'an to a Korean magnet maker in November 2025 without a licence, while the holmium control is suspended',
  does: 'The Longnan separator cuts October\'s Myanmar high-yttrium feed into single oxides. A Ji\'an (Jiangxi) metal works buys 1.3 t of its Ho2O3 (received 2025-10-16), reduces it on 10-22 into 1.4 t of Ho–Fe alloy and on 11-05 exports the whole lot to a Korean magnet maker that uses holmium in place of part of its dysprosium. The announcements of 2025-10-09 put holmium on the dual-use list, but Announcement 70 suspended that control until 2026-11-10; the alloy carries no element of the April list.',
  expect: 'Nothing: an alloy of an element whose control was announced but suspended, exported during the suspension, holding no dysprosium or other element still controlled.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-10', '2510', 100);
    const ja = jian(ctx, ['metal-smelter', 'exporter']);
    const oxideGrams = tonnes(1.3);
    const oxide = sell24(ctx, south.southSeparator, ja.party, { lot: heavy.lots['oxide-ho']!, grams: oxideGrams, tag: '2510-hoja', shipAt: at('2025-10-15'), receiveAt: at('2025-10-16'), sellerRecordsAt: filed('2025-11-06', '11:30'), buyerRecordsAt: filed('2025-11-07', '09:00'), note: 'Ho2O3 99.9 %, 25 kg drums' });
    const hofe = jianAlloy(ctx, ja, 'met-2510-hofe', at('2025-10-22'), oxide, oxideGrams, 'alloy-hofe', 'HOFE-2510-01');
    w.record(ja.party, filed('2025-11-07', '11:00'), [hofe.event]);
    w.record(ja.party, filed('2025-12-05'), [
      s.export(ja.party, 'exp-2511-hofe', at('2025-11-05'), 'HOFE-2510-01', hofe.grams, 'KR', { customsDeclaration: '400120251001064318', note: 'holmium–iron alloy Ho80, HS 7202.99' }),
    ]);
    return { world: w, find: {} };
  },
});
