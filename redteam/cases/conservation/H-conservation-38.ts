// Estimates (not in shared/DOMAIN.md): the Lao cargo's assay (REO shares below, 92 % REO); 96 % cascade recovery (heavy.ts; DOMAIN.md's ionic norm is > 94 %).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { fromAssay } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { baiyinLaoRun, baiyinSeparator, sell24 } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-conservation-38',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Baiyin separator cuts a Lao clay cargo richer in dysprosium than the usual medium-yttrium type, and gets out what its assay promised',
  does: 'A Baiyin (Gansu) separator of the Northern group imports 200 t of Lao ion-adsorption concentrate on 2025-07-03. The cargo\'s certificate of analysis, checked by the separator\'s own laboratory, gives 92 % REO with 6.5 % Dy2O3 and 1.1 % Tb4O7 in the REO, well above the 3.9 % and 0.7 % of the usual medium-yttrium clay, and the import is declared with that assay. Its cascade cuts it on 07-15 at 96 % of every element, so its Dy and Tb oxides are two-thirds larger than a cargo of the usual type would give. It sells 6 t of the Dy2O3 to the Ningbo magnet maker on 07-25.',
  expect: 'Nothing: the outputs are 96 % of what the declared feed held, element by element; a feed richer than a type\'s average is not a surplus.',
  build() {
    const ctx = baselineWorld();
    const { r } = ctx;
    honestMonth(ctx, '2025-06');
    const by = baiyinSeparator(ctx);
    const composition = fromAssay(tonnes(200), 0.92, { La: 24.0, Ce: 3.0, Pr: 5.0, Nd: 16.0, Sm: 4.5, Eu: 1.0, Gd: 5.5, Tb: 1.1, Dy: 6.5, Ho: 1.2, Er: 3.2, Tm: 0.4, Yb: 2.4, Lu: 0.4, Y: 25.8 });
    const run = baiyinLaoRun(ctx, by, { tonnes: 200, composition });
    sell24(ctx, by.party, r.magnets, {
      lot: run.lots['oxide-dy']!, grams: tonnes(6), tag: 'NB1', shipAt: at('2025-07-25'), receiveAt: at('2025-07-28'),
      sellerRecordsAt: at('2025-08-06', '10:00'), buyerRecordsAt: at('2025-08-08', '11:00'), sellerBefore: run.events, note: 'Dy2O3 99.5 %, 50 kg drums',
    });
    return { world: ctx.w, find: {} };
  },
});
