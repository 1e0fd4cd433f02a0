// Estimates (not in shared/DOMAIN.md): 99.6 % of the rare earths through fluorination and calcining;
// the fluorinated high-cerium grade at 94 % REO (below the plain grade's 98 %: the fluoride).
import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { feedOf, on, sale, xinyu } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-identity-15',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A fluorinated high-cerium polishing powder at 94 % REO exported to Japan for lens polishing',
  does: 'A Xinyu (Jiangxi) polishing-powder works buys 40 t of the Baotou separator\'s June cerium oxide and 0.5 t of its lanthanum oxide (shipped 2025-07-02, received 07-04). On 07-10 it slurries them, dopes them with a little hydrofluoric acid for a faster cut on optical glass and calcines them: 42 t of high-cerium polishing powder at 94 % REO, 98.8 % of it ceria. It exports 40 t to a Japanese lens maker on 07-18; cerium polishing powder needs no export licence. It reports July on 08-06.',
  expect: 'Nothing: a cerium polishing powder made of cerium oxide, a little lower in REO than the plain grade because of its fluoride, and exported as what it is.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const xy = xinyu(ctx);
    const ce = sale(ctx, r.separator, xy.party, { lot: r.separator.lot('SEP-2506-CE'), grams: tonnes(40), tag: 'r27-xy-ce', shipAt: at('2025-07-02'), receiveAt: at('2025-07-04'), sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-06', '12:00') });
    const la = sale(ctx, r.separator, xy.party, { lot: r.separator.lot('SEP-2506-LA'), grams: tonnes(0.5), tag: 'r27-xy-la', shipAt: at('2025-07-02', '10:00'), receiveAt: at('2025-07-04', '10:00'), sellerAt: on('2025-08-06', '11:05'), buyerAt: on('2025-08-06', '12:05') });
    const inputs = [{ lot: ce, massGrams: tonnes(40) }, { lot: la, massGrams: tonnes(0.5) }];
    const powder = scale(feedOf(ctx, inputs), 0.996);
    const powderGrams = Math.round(reo(powder) / 0.94);
    w.record(xy.party, on('2025-08-06', '14:00'), [
      s.process(xy.party, 'pol-2507-01', at('2025-07-10'), inputs, [{ id: 'XY-2507-PC', product: 'polishing-ceria', massGrams: powderGrams, composition: powder }], { facility: xy.plant, note: 'slurried, light HF doping, calcined at 980 °C, classified to D50 1.2 µm' }),
      s.export(xy.party, 'exp-2507-pc', at('2025-07-18'), 'XY-2507-PC', tonnes(40), 'JP', { customsDeclaration: '330520250001481502', note: 'high-cerium polishing powder, HS 2846.10, for optical lens polishing' }),
    ]);
    return { world: w, find: {} };
  },
});
