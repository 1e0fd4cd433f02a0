// Estimates (not in shared/DOMAIN.md): La–Ce polishing powder at 90 % REO (the catalogue's grade, the
// rest fluoride and water of the fluorination); 0.8 % of the rare earths lost as kiln and bag-filter
// fines, within what a calcining line loses.
import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { deliver, feedOf, on, outsideCode, sale, xinyu } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-conservation-14',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Xinyu polishing-powder works turns 160 t of lanthanum and cerium oxide into 173 t of powder holding 0.8 % less rare earth',
  does: 'A Xinyu (Jiangxi) polishing-powder works buys 120 t of cerium oxide and 40 t of lanthanum oxide from the Baotou separator\'s June lots (shipped 2025-07-02, received 07-04). On 07-12 it slurries, fluorinates with hydrofluoric acid and calcines them in a roller kiln into La–Ce polishing powder for cover glass: the fluoride raises the mass to 173 t while 0.8 % of the rare earths are lost as kiln and bag-filter fines, as its process sheet says. It delivers 100 t to a Hefei display-glass maker on 07-20 and exports 50 t to Korea on 07-28. It reports July on 08-06.',
  expect: 'Nothing: a fluorinated powder weighs more than the oxides it came from, and losing under 1 % of the rare earths in calcination is ordinary.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const xy = xinyu(ctx);
    const ce = sale(ctx, r.separator, xy.party, { lot: r.separator.lot('SEP-2506-CE'), grams: tonnes(120), tag: 'r27-xy-ce', shipAt: at('2025-07-02'), receiveAt: at('2025-07-04'), sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-06', '12:00') });
    const la = sale(ctx, r.separator, xy.party, { lot: r.separator.lot('SEP-2506-LA'), grams: tonnes(40), tag: 'r27-xy-la', shipAt: at('2025-07-02', '10:00'), receiveAt: at('2025-07-04', '10:00'), sellerAt: on('2025-08-06', '11:05'), buyerAt: on('2025-08-06', '12:05') });
    const inputs = [{ lot: ce, massGrams: tonnes(120) }, { lot: la, massGrams: tonnes(40) }];
    const powder = scale(feedOf(ctx, inputs), 0.992);
    const powderGrams = Math.round(reo(powder) / 0.9);
    w.record(xy.party, on('2025-08-06', '14:00'), [
      s.process(xy.party, 'pol-2507-01', at('2025-07-12'), inputs, [{ id: 'XY-2507-PL', product: 'polishing-lace', massGrams: powderGrams, composition: powder }], { facility: xy.plant, note: 'slurried, fluorinated with HF, roller-kiln calcination at 950 °C, classified; 0.8 % of the rare earths to kiln and bag-filter fines' }),
      deliver('dlv-2507-pl', at('2025-07-20'), 'XY-2507-PL', tonnes(100), { name: '合肥彩虹显示玻璃有限公司 (Hefei Caihong Display Glass Co.)', id: outsideCode('r27-hf-glass', '340100') }, 'glass-and-ceramics', 'XY-2025-031'),
      s.export(xy.party, 'exp-2507-pl', at('2025-07-28'), 'XY-2507-PL', tonnes(50), 'KR', { customsDeclaration: '330520250001472290', note: 'La–Ce polishing powder for cover-glass finishing' }),
    ]);
    return { world: w, find: {} };
  },
});
