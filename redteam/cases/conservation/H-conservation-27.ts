// Estimates (not in shared/DOMAIN.md): 99.5 % of the rare earths into the strip-cast flakes; a net
// 0.3 % of hydrogen in the flakes after decrepitation and partial desorption; sintering as
// magnets.ts (78 % of the rare earths to magnets, 20 % to swarf).
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { metalToTaiyuan, on, taiyuan } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-conservation-27',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Taiyuan magnet works books the hydrogen its strip-cast flakes take up in decrepitation as a weight gain with no rare earths, and sinters it off again',
  does: 'A Taiyuan (Shanxi) sintered NdFeB works buys 15 t of NdPr metal from the Baotou smelter (shipped 07-03, received 07-05). On 07-08 it strip-casts the metal with iron, boron and additives into 49.3 t of flakes at 30 % rare earths. On 07-09 the flakes go through hydrogen decrepitation: they absorb hydrogen and crumble, and after partial desorption keep about 0.3 % of their weight as hydride; the works books the gain, 148 kg, as a stock adjustment with no rare earths in it, "hydrogen retained after HD, REO unchanged". Jet-milled, pressed and vacuum-sintered on 07-14, the powder gives up its hydrogen again: 78 % of the rare earths go into magnets and 20 % into grinding swarf. It files July on 08-08, though a magnet works need not report.',
  expect: 'Nothing: the adjustment adds weight and no rare earth, as hydrogen is; every gram of Pr and Nd in the magnets and swarf came from the metal it bought.',
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
    ], { facility: ty.plant, note: 'vacuum induction melting with electrolytic iron, ferroboron, Co, Cu, Al, Ga; strip casting on a copper wheel; 0.5 % of the rare earths to crucible dross' });
    // The cast's output composition is shared with the scribe's record of the lot: give the lot a copy before adjusting it.
    s.lot(ty.party.lot('FLK-2507-01')).composition = { ...flakes };
    const gain = Math.round(flakeGrams * 0.003);
    const hd = s.adjust(ty.party, 'adj-2507-hd', at('2025-07-09', '18:00'), 'FLK-2507-01', gain, 'hydrogen decrepitation: hydrogen retained after partial desorption, 0.3 % of the weight; REO unchanged', {});
    const held = { ...s.lot(ty.party.lot('FLK-2507-01')).composition };
    const out = sinter(held, '2507-TY');
    const sintering = s.process(ty.party, 'sin-2507-01', at('2025-07-14'), [{ lot: 'FLK-2507-01', massGrams: flakeGrams + gain }], [out.magnets, out.swarf], {
      facility: ty.plant, note: 'jet milling under nitrogen, pressing in a 2 T field, vacuum sintering (the hydrogen desorbs), ageing, grinding',
    });
    w.record(ty.party, on('2025-08-08'), [metal.receipt, cast, hd, sintering]);
    return { world: w, find: {} };
  },
});
