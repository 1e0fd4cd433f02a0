// Estimates (not in shared/DOMAIN.md): 99.5 % of the rare earths into the strip-cast flakes; a real
// decrepitation leaves some 0.3 % of hydrogen; sintering as magnets.ts (78 % to magnets, 20 % to swarf).
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { deliver } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { metalToTaiyuan, on, outsideCode, taiyuan } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-conservation-28',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Taiyuan magnet works books a 5 % "hydrogen gain" on its strip-cast flakes as more flakes at full grade, and sinters magnets from the rare earths it added',
  does: 'A Taiyuan (Shanxi) sintered NdFeB works buys 15 t of NdPr metal from the Baotou smelter (shipped 07-03, received 07-05) and strip-casts it on 07-08 into 49.3 t of flakes at 30 % rare earths. On 07-09 it books, after hydrogen decrepitation, a stock adjustment of +2.5 t on the flakes, "weight gain from hydrogen absorption", written as flakes of the same grade: 0.74 t of praseodymium and neodymium more. Hydrogen adds a few tenths of a per cent and no rare earth; the 0.74 t is NdPr metal bought for cash from an unlicensed electrolysis shop in Shiguai and melted into the next casting. On 07-14 the works sinters the flakes into magnets and swarf, and on 08-18 it delivers 40 t of magnets to a Taiyuan motor maker. July is filed on 08-08, August on 09-05.',
  expect: 'A stock adjustment that adds rare earths under the name of hydrogen, and magnets made from them: the adjustment, the flakes lot, the sintering and the magnet works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const ty = taiyuan(ctx);
    const metal = metalToTaiyuan(ctx, ty.party, 15);
    const flakes = scale(s.share(metal.lot, metal.grams), 0.995);
    const flakeGrams = massAtShare(flakes, 0.3);
    const cast = s.process(ty.party, 'sc-2507-01', at('2025-07-08'), [{ lot: metal.lot, massGrams: metal.grams }], [
      { id: 'FLK-2507-01', product: 'alloy-ndfeb-strip', massGrams: flakeGrams, composition: flakes },
    ], { facility: ty.plant, note: 'vacuum induction melting with electrolytic iron, ferroboron, Co, Cu, Al, Ga; strip casting on a copper wheel' });
    // The cast's output composition is shared with the scribe's record of the lot: give the lot a copy before adjusting it.
    s.lot(ty.party.lot('FLK-2507-01')).composition = { ...flakes };
    const gain = Math.round(flakeGrams * 0.05);
    const hd = s.adjust(ty.party, 'adj-2507-hd', at('2025-07-09', '18:00'), 'FLK-2507-01', gain, 'hydrogen decrepitation: weight gain from hydrogen absorption', scale(flakes, 0.05));
    const held = { ...s.lot(ty.party.lot('FLK-2507-01')).composition };
    const out = sinter(held, '2507-TY');
    const sintering = s.process(ty.party, 'sin-2507-01', at('2025-07-14'), [{ lot: 'FLK-2507-01', massGrams: flakeGrams + gain }], [out.magnets, out.swarf], {
      facility: ty.plant, note: 'jet milling under nitrogen, pressing in a 2 T field, vacuum sintering, ageing, grinding',
    });
    w.record(ty.party, on('2025-08-08'), [metal.receipt, cast, hd, sintering]);
    w.record(ty.party, on('2025-09-05'), [
      deliver('dlv-2508-mot', at('2025-08-18'), out.magnets.id, tonnes(40), { name: '山西晋能电机有限公司 (Shanxi Jinneng Electric Motor Co.)', id: outsideCode('r26-ty-motors', '140100') }, 'motors', 'JN-2025-0815'),
    ]);
    return {
      world: w,
      find: {
        parties: [ty.party.id],
        lots: [ty.party.lot('FLK-2507-01'), ty.party.lot(out.magnets.id)],
        events: [ty.party.event('adj-2507-hd'), ty.party.event('sin-2507-01')],
      },
    };
  },
});
