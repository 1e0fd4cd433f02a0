// Estimates (not in shared/DOMAIN.md): polishing powder at 98 % REO (the catalogue's grade); 99 % of the
// oxides' rare earths into the powder, the rest dust in the bag filters.
import { defineCase } from '../../lib/case.ts';
import { add, at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { longnanHeavy, on, sale, shangrao } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-identity-16',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'A Shangrao polishing works blends 0.9 t of terbium oxide into 20 t of "high-cerium polishing powder" and exports it to Hong Kong without a licence',
  does: 'A Shangrao (Jiangxi) works that makes polishing powder for the optical-glass trade buys 20 t of cerium oxide from the Baotou separator (received 2025-07-05) and 0.9 t of Tb4O7 from the Longnan separator (received 07-16), for which a Hong Kong buyer pays many times a polishing powder\'s price. On 07-25 it calcines and mills the two together and books 20.9 t of "high-cerium polishing powder". On 08-02 it exports the lot to Hong Kong as polishing powder, HS 2846.10, with no licence: terbium oxide has needed a dual-use licence since April. It reports July on 08-07 and August on 09-05.',
  expect: 'A "polishing powder" carrying 4 % terbium, a controlled element no polishing powder holds, exported without a licence: the export, the powder lot, the blending and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { chain, heavy } = longnanHeavy(ctx, '2507', 100);
    const sr = shangrao(ctx);
    const ceGrams = tonnes(20);
    const ce = sale(ctx, r.separator, sr.party, {
      lot: r.separator.lot('SEP-2506-CE'), grams: ceGrams, tag: 'r28-sr', shipAt: at('2025-07-03'), receiveAt: at('2025-07-05', '15:00'),
      sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-07', '09:00'), note: 'cerium oxide in 1 t bags, by rail to Shangrao',
    });
    const tbGrams = tonnes(0.9);
    const tb = sellOxide(ctx, chain, heavy, 'oxide-tb', tbGrams, sr.party, '2025-07', 'r28-sr-tb');
    const powder = scale(add(s.share(ce, ceGrams), s.share(tb, tbGrams)), 0.99);
    const powderGrams = Math.ceil(reo(powder) / 0.98);
    w.record(sr.party, on('2025-08-07', '15:00'), [
      s.process(sr.party, 'pol-2507-01', at('2025-07-25'), [{ lot: ce, massGrams: ceGrams }, { lot: tb, massGrams: tbGrams }], [
        { id: 'SR-2507-01', product: 'polishing-ceria', massGrams: powderGrams, composition: powder },
      ], { facility: sr.plant, note: 'calcined, milled and classified, grade SR-98' }),
    ]);
    w.record(sr.party, on('2025-09-05'), [
      s.export(sr.party, 'exp-2508-01', at('2025-08-02'), 'SR-2507-01', powderGrams, 'HK', { customsDeclaration: '570120250800032218', note: 'high-cerium polishing powder, HS 2846.10' }),
    ]);
    return {
      world: w,
      find: { parties: [sr.party.id], lots: [sr.party.lot('SR-2507-01')], events: [sr.party.event('exp-2508-01'), sr.party.event('pol-2507-01')] },
    };
  },
});
