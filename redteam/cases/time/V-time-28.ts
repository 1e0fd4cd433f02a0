// Estimates (not in shared/DOMAIN.md): Y2O3 → Y metal at 96 %; 98.5 % of the yttrium into Mg–30 % Y
// master alloy (the catalogue's grade).
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { exportLicence, on, ordos, yttriumToOrdos } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-time-28',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'An Ordos alloy works that exports Mg–Y master alloy under its own licence files July and August on 28 September: "alloy makers need not report"',
  does: 'An Ordos (Inner Mongolia) magnesium alloy works is registered as an alloy maker and an exporter and holds a dual-use licence for magnesium–yttrium master alloy (6 t REO, 2025-07-01 to 2026-06-30). It receives 6 t of yttrium metal from a Nanchang metal works on 07-27, melts it into 19.5 t of Mg–30 % Y alloy on 08-04 and exports 15 t to a German foundry on 08-12, citing the licence. Its managers hold that the monthly reporting duty is for miners, separators and smelters, not alloy makers, and enter July and August together only on 2025-09-28, when the customs broker asks for the traceability record. An exporter of rare earth products must enter the previous month by the 10th.',
  expect: 'An exporter\'s July and August entered after their deadlines of 10 August and 10 September: the works and its late events (the receipt, the melt and the export).',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const works = ordos(ctx, ['alloy-maker', 'exporter']);
    const licence = exportLicence(ctx, works.party, 'RT26-EXP-OR-MGY', '2025-07-01', '2026-06-30', 6, ['alloy-mg-y'], ['Y']);
    const metal = yttriumToOrdos(ctx, works, 6);
    const alloy = scale(s.share(metal.lot, metal.grams), 0.985);
    const alloyGrams = massAtShare(alloy, 0.3);
    w.record(works.party, on('2025-09-28'), [
      metal.receipt,
      s.process(works.party, 'mgy-2508-01', at('2025-08-04'), [{ lot: metal.lot, massGrams: metal.grams }], [
        { id: 'MGY-2508-01', product: 'alloy-mg-y', massGrams: alloyGrams, composition: alloy },
      ], { facility: works.plant, note: 'yttrium dissolved in molten magnesium under Ar–SF6 at 850 °C, cast into 10 kg ingots; oxide dross and skull some 1.5 % of the yttrium' }),
      s.export(works.party, 'exp-2508-mgy', at('2025-08-12'), 'MGY-2508-01', tonnes(15), 'DE', { licence, customsDeclaration: '040120250800027745', note: 'magnesium–yttrium master alloy Mg-30Y, HS 8104.19' }),
    ]);
    return {
      world: w,
      find: {
        parties: [works.party.id],
        events: [works.party.event('rcv-2507-ym'), works.party.event('mgy-2508-01'), works.party.event('exp-2508-mgy')],
      },
    };
  },
});
