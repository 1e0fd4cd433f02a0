import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-60',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide re-bagged as holmium oxide, whose control is suspended, and exported without a licence',
  does: 'Since 2025-10-09 holmium oxide is announced as a dual-use item but its control is suspended, so it ships without a licence; dysprosium oxide has needed one since April. The two are white-to-pale powders that customs cannot tell apart by eye. The Shanghai trading house buys 2 t of dysprosium oxide from the Longnan separator in November 2025 (shipped 11-15, received 11-16), re-bags it on 11-18 into drums labelled "holmium oxide 99 %" under a new lot, and on 11-21 exports the lot to Korea as holmium oxide, with no licence. Its November report, filed on 12-08, shows the re-bagging and the export.',
  expect: 'A lot labelled holmium oxide that carries only dysprosium: the control follows the element, so the export needed a dual-use licence; the re-bagging, the relabelled lot, the export and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-11', '2511');
    const grams = tonnes(2);
    const dy = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.exporter, '2025-11', '2511-dy');
    const relabelled = { id: 'HO-2511-01', product: 'oxide-ho', massGrams: grams, composition: s.share(dy, grams) };
    w.record(r.exporter, at('2025-12-08', '10:00'), [
      s.process(r.exporter, 'rep-2511-01', at('2025-11-18'), [{ lot: dy, massGrams: grams }], [relabelled], { note: 're-bagged into 25 kg drums for export' }),
      s.export(r.exporter, 'exp-2511-01', at('2025-11-21'), relabelled.id, grams, 'KR', { customsDeclaration: '220120251100052231', note: 'holmium oxide 99 %, control suspended (Announcement 2025 No. 70)' }),
    ]);
    return {
      world: w,
      find: {
        events: [r.exporter.event('rep-2511-01'), r.exporter.event('exp-2511-01')],
        lots: [r.exporter.lot('HO-2511-01')],
        parties: [r.exporter.id],
      },
    };
  },
});
