// Estimates (not in shared/DOMAIN.md): light mixed carbonate at 45 % REO (the catalogue's grade);
// Vietnamese bastnaesite carbonate taken to carry the catalogue's light distribution.
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { guangxi, lightCuts, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-conservation-34',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Vietnamese mixed carbonate declared at 30 % REO on import at Pingxiang, separated in Chongzuo as the 45 % it carries',
  does: 'The Chongzuo separator imports 300 t of light mixed rare earth carbonate from a Lao Cai processor through the Youyiguan crossing on 2025-08-05. The declaration and the ledger entry give it 30 % REO ("off-grade, high in calcium"), which lowers its customs value and keeps the imported feed counted against the separator\'s allocation to 90 t REO. The carbonate is ordinary 45 % material: on 08-14 the separator dissolves all 300 t and separates it at 95 % into lanthanum, cerium and NdPr oxides, an Sm–Eu–Gd cut and a heavy cut, 128 t REO of products from a lot the books say held 90 t. It reports August on 09-05.',
  expect: 'A separation whose products hold some 40 % more of every element than its only feed: the separation, the imported lot, the import and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const gx = guangxi(ctx);
    const grams = tonnes(300);
    const real = typical('mixed-carbonate-light', grams);
    const declared = scale(real, 30 / 45);
    const lot = { id: 'VN-2508-01', product: 'mixed-carbonate-light', massGrams: grams, composition: declared };
    const plan = lightCuts(real, 'CZ-2508', 0.95);
    w.record(gx.separator, on('2025-09-05'), [
      s.import(gx.separator, 'imp-2508-01', at('2025-08-05', '11:00'), lot, 'VN', '722020250800081735'),
      s.process(gx.separator, 'sep-2508-01', at('2025-08-14'), [{ lot: lot.id, massGrams: grams }], plan.outputs, {
        facility: gx.plant, note: 'carbonate dissolved in hydrochloric acid, P507 solvent extraction',
      }),
    ]);
    return {
      world: w,
      find: {
        parties: [gx.separator.id],
        events: [gx.separator.event('sep-2508-01'), gx.separator.event('imp-2508-01')],
        lots: [gx.separator.lot(lot.id)],
      },
    };
  },
});
