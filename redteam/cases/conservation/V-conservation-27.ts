// Estimates (not in shared/DOMAIN.md): Y2O3 → Y metal at 96 % by calcium reduction; Mg–Y master
// alloy at 30 % yttrium (the catalogue's grade); an honest melt keeps some 98.5 % of the yttrium.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { deliver } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on, ordos, outsideCode, yttriumToOrdos } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-conservation-27',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'An Ordos magnesium works melts 6 t of yttrium metal into Mg–Y master alloy holding 7.7 t of yttrium, the surplus "from returned runners"',
  does: 'An Ordos (Inner Mongolia) magnesium alloy works buys 6 t of yttrium metal from a Nanchang heavy rare earth metal works, reduced from Longnan yttrium oxide (shipped 07-24, received 07-27). On 08-04 it melts a charge under argon and books 25.7 t of Mg–30 % Y master alloy: 7.7 t of yttrium, 1.3 times the yttrium of all the metal it ever bought. Its melt sheet puts the difference down to "runners and gates returned by the Chongqing foundry", which no record shows it ever took back; the extra yttrium is metal cast in a back-yard calcium-reduction shop in Longnan from privately leached clay and sold to the works for cash. On 08-20 it delivers 12 t of the alloy to a Chongqing magnesium die-caster. It files July on 08-08 and August on 09-05.',
  expect: 'A melt that puts out 30 % more yttrium than went in: the melt, the alloy lot and the alloy works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const works = ordos(ctx);
    const metal = yttriumToOrdos(ctx, works, 6);
    const alloy = scale(s.share(metal.lot, metal.grams), 1.3);
    const alloyGrams = massAtShare(alloy, 0.3);
    w.record(works.party, on('2025-08-08'), [metal.receipt]);
    w.record(works.party, on('2025-09-05'), [
      s.process(works.party, 'mgy-2508-01', at('2025-08-04'), [{ lot: metal.lot, massGrams: metal.grams }], [
        { id: 'MGY-2508-01', product: 'alloy-mg-y', massGrams: alloyGrams, composition: alloy },
      ], { facility: works.plant, note: 'charge: 6 t yttrium metal and returned runners and gates from the Chongqing foundry; melted into magnesium under Ar–SF6 at 850 °C, cast into 10 kg ingots' }),
      deliver('dlv-2508-cq', at('2025-08-20'), 'MGY-2508-01', tonnes(12), { name: '重庆渝北镁合金压铸有限公司 (Chongqing Yubei Magnesium Die-Casting Co.)', id: outsideCode('r26-cq-diecast', '500000') }, 'vehicles', 'CQ-MG-2025-031'),
    ]);
    return {
      world: w,
      find: { parties: [works.party.id], lots: [works.party.lot('MGY-2508-01')], events: [works.party.event('mgy-2508-01')] },
    };
  },
});
