// Estimates (not in shared/DOMAIN.md): the separator's Sm–Eu–Gd enriched oxide at 90 % REO (refining.ts);
// 99.5 % of the rare earths through blending and calcining.
import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { feedOf, on, sale, xinyu } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-identity-15',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Samarium–gadolinium enriched oxide cut with cerium oxide and exported to Korea as "high-cerium polishing powder"',
  does: 'A Xinyu (Jiangxi) polishing-powder works buys the Baotou separator\'s whole June lot of samarium–europium–gadolinium enriched oxide (about 9 t) and 3 t of its cerium oxide (shipped 2025-07-02, received 07-04). On 07-10 it blends and calcines them and books 12 t of high-cerium polishing powder, which it exports on 07-18 to a Korean trading company: polishing powders need no export licence, while samarium and gadolinium oxides have needed a dual-use licence since April. The "polishing powder" is three-quarters samarium, europium and gadolinium and a quarter cerium. It reports July on 08-06.',
  expect: 'A lot whose composition does not fit its label, carrying controlled samarium and gadolinium out of the country without a licence: the blending, the powder lot, the export and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const xy = xinyu(ctx);
    const segLot = r.separator.lot('SEP-2506-SEG');
    const segGrams = s.lot(segLot).massGrams;
    const seg = sale(ctx, r.separator, xy.party, { lot: segLot, grams: segGrams, whole: true, tag: 'r27-xy-seg', shipAt: at('2025-07-02'), receiveAt: at('2025-07-04'), sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-06', '12:00') });
    const ce = sale(ctx, r.separator, xy.party, { lot: r.separator.lot('SEP-2506-CE'), grams: tonnes(3), tag: 'r27-xy-ce', shipAt: at('2025-07-02', '10:00'), receiveAt: at('2025-07-04', '10:00'), sellerAt: on('2025-08-06', '11:05'), buyerAt: on('2025-08-06', '12:05') });
    const inputs = [{ lot: seg, massGrams: segGrams }, { lot: ce, massGrams: tonnes(3) }];
    const powder = scale(feedOf(ctx, inputs), 0.995);
    const powderGrams = Math.round(reo(powder) / 0.95);
    w.record(xy.party, on('2025-08-06', '14:00'), [
      s.process(xy.party, 'pol-2507-01', at('2025-07-10'), inputs, [{ id: 'XY-2507-PC', product: 'polishing-ceria', massGrams: powderGrams, composition: powder }], { facility: xy.plant, note: 'blended, calcined at 1,000 °C, classified' }),
      s.export(xy.party, 'exp-2507-pc', at('2025-07-18'), 'XY-2507-PC', powderGrams, 'KR', { customsDeclaration: '330520250001481067', note: 'high-cerium polishing powder, HS 2846.10' }),
    ]);
    return {
      world: w,
      find: { parties: [xy.party.id], lots: [xy.party.lot('XY-2507-PC')], events: [xy.party.event('pol-2507-01'), xy.party.event('exp-2507-pc')] },
    };
  },
});
