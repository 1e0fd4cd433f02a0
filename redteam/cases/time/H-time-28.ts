// Estimates (not in shared/DOMAIN.md): Y2O3 → Y metal at 96 %; 98.5 % of the yttrium into Mg–30 % Y
// master alloy (the catalogue's grade).
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { deliver } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on, ordos, outsideCode, yttriumToOrdos } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-time-28',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'An Ordos alloy works that sells its Mg–Y master alloy only at home enters July and August together on 28 September',
  does: 'An Ordos (Inner Mongolia) magnesium alloy works, registered as an alloy maker only, receives 6 t of yttrium metal from a Nanchang metal works on 07-27, melts it into 19.5 t of Mg–30 % Y alloy on 08-04 and on 08-12 delivers 15 t to a Chongqing magnesium die-caster. It neither mines, separates, smelts, recycles nor exports, so the regulations do not oblige it to enter its flows by the 10th; it enters July and August together on 2025-09-28, when its customer\'s auditor asks for the record. The metal works that sold it the yttrium reported the sale on time.',
  expect: 'Nothing: the monthly deadline binds miners, separators, metal smelters, recyclers and exporters; an alloy maker selling at home that enters its records late breaks no rule.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const works = ordos(ctx);
    const metal = yttriumToOrdos(ctx, works, 6);
    const alloy = scale(s.share(metal.lot, metal.grams), 0.985);
    const alloyGrams = massAtShare(alloy, 0.3);
    w.record(works.party, on('2025-09-28'), [
      metal.receipt,
      s.process(works.party, 'mgy-2508-01', at('2025-08-04'), [{ lot: metal.lot, massGrams: metal.grams }], [
        { id: 'MGY-2508-01', product: 'alloy-mg-y', massGrams: alloyGrams, composition: alloy },
      ], { facility: works.plant, note: 'yttrium dissolved in molten magnesium under Ar–SF6 at 850 °C, cast into 10 kg ingots; oxide dross and skull some 1.5 % of the yttrium' }),
      deliver('dlv-2508-cq', at('2025-08-12'), 'MGY-2508-01', tonnes(15), { name: '重庆渝北镁合金压铸有限公司 (Chongqing Yubei Magnesium Die-Casting Co.)', id: outsideCode('r26-cq-diecast', '500000') }, 'vehicles', 'CQ-MG-2025-044'),
    ]);
    return { world: w, find: {} };
  },
});
