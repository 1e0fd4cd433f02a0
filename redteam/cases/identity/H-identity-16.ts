// Estimates (not in shared/DOMAIN.md): La–Ce polishing powder at 90 % REO (the catalogue's grade,
// fluorinated); 99 % of the oxides' rare earths into the powder, the rest dust in the bag filters.
import { defineCase } from '../../lib/case.ts';
import { add, at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on, sale, shangrao } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-identity-16',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A Shangrao polishing works exports 20 t of lanthanum–cerium polishing powder to Japan with no licence, none being needed',
  does: 'A Shangrao (Jiangxi) works that makes polishing powder for the optical-glass trade buys 12 t of cerium oxide and 7 t of lanthanum oxide from the Baotou separator (received 2025-07-05). On 07-22 it fluorinates, calcines and mills them into 20.7 t of lanthanum–cerium polishing powder, and on 08-05 it exports 20 t to a Japanese glass-lens maker, HS 3824.99, without an export licence. It reports July on 08-07 and August on 09-05.',
  expect: 'Nothing: the powder holds lanthanum and cerium only, as a La–Ce polishing powder does, and neither the product nor its elements are under export control.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const sr = shangrao(ctx);
    const ceGrams = tonnes(12);
    const laGrams = tonnes(7);
    const ce = sale(ctx, r.separator, sr.party, {
      lot: r.separator.lot('SEP-2506-CE'), grams: ceGrams, tag: 'r28-sr-ce', shipAt: at('2025-07-03'), receiveAt: at('2025-07-05', '15:00'),
      sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-07', '09:00'), note: 'cerium oxide in 1 t bags, by rail to Shangrao',
    });
    const la = sale(ctx, r.separator, sr.party, {
      lot: r.separator.lot('SEP-2506-LA'), grams: laGrams, tag: 'r28-sr-la', shipAt: at('2025-07-03'), receiveAt: at('2025-07-05', '15:30'),
      sellerAt: on('2025-08-06', '11:05'), buyerAt: on('2025-08-07', '09:05'), note: 'lanthanum oxide in 1 t bags, by rail to Shangrao',
    });
    const powder = scale(add(s.share(ce, ceGrams), s.share(la, laGrams)), 0.99);
    const powderGrams = Math.ceil(reo(powder) / 0.9);
    w.record(sr.party, on('2025-08-07', '15:00'), [
      s.process(sr.party, 'pol-2507-01', at('2025-07-22'), [{ lot: ce, massGrams: ceGrams }, { lot: la, massGrams: laGrams }], [
        { id: 'SR-2507-01', product: 'polishing-lace', massGrams: powderGrams, composition: powder },
      ], { facility: sr.plant, note: 'fluorinated, calcined, milled and classified, grade SR-LC90' }),
    ]);
    w.record(sr.party, on('2025-09-05'), [
      s.export(sr.party, 'exp-2508-01', at('2025-08-05'), 'SR-2507-01', tonnes(20), 'JP', { customsDeclaration: '570120250800035561', note: 'lanthanum–cerium polishing powder, HS 3824.99' }),
    ]);
    return { world: w, find: {} };
  },
});
