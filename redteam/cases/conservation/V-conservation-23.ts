// Estimates (not in shared/DOMAIN.md): 97 % of the oxide's holmium into Ho–Fe (the library's oxide → metal yield); 78 % of the rare earths fed into magnets and 20 % into swarf (magnets.ts); the 1.2 t of dysprosium from off-book Dy–Fe.
import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { deliver } from '../../lib/round8.ts';
import { heavyJuly } from '../../lib/round15.ts';
import { filed, taiyuanFeeds } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-conservation-23',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Taiyuan magnet works that feeds holmium–iron instead of dysprosium–iron, yet its traction-motor magnets carry 1.2 t of dysprosium',
  does: 'A Taiyuan (Shanxi) sintered-magnet works buys 15 t of NdPr metal from the Baotou smelter (received 2025-07-09) and, as the cheaper substitute for dysprosium, 1.36 t of holmium–iron alloy from a Ji\'an metal works (received 07-26), made from Longnan holmium oxide. It buys no dysprosium through the chain. On 08-12 it sinters a high-coercivity traction-motor grade: its magnet lot is booked with 0.94 t of dysprosium (2 % of the magnets) and its grinding swarf with 0.24 t more. The dysprosium came as 1.5 t of Dy–Fe bought for cash from a Ganzhou workshop that reduces smuggled Myanmar oxide. It delivers 40 t of the magnets to a Shanxi electric-drive maker on 08-25.',
  expect: 'Magnets and swarf that hold 1.2 t of dysprosium when no input of the works held any: the sintering campaign, its magnet and swarf lots and the magnet works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx, 100);
    const f = taiyuanFeeds(ctx, chain);
    w.record(f.works.party, filed('2025-08-08'), f.receipts);
    const feed = add(s.share(f.metal, f.metalGrams), s.share(f.hofe, f.hofeGrams));
    const offBookDy = tonnes(1.2);
    const magnets = add(scale(feed, 0.78), { Dy: Math.floor(offBookDy * 0.78) });
    const swarf = add(scale(feed, 0.2), { Dy: Math.floor(offBookDy * 0.2) });
    const magnetGrams = massAtShare(magnets, 0.31);
    w.record(f.works.party, filed('2025-09-05'), [
      s.process(f.works.party, 'sin-2508-01', at('2025-08-12'), [{ lot: f.metal, massGrams: f.metalGrams }, { lot: f.hofe, massGrams: f.hofeGrams }], [
        { id: 'TY-2508-MAG', product: 'magnet-ndfeb-sintered-high-coercivity', massGrams: magnetGrams, composition: magnets },
        { id: 'TY-2508-SW', product: 'scrap-ndfeb-swarf', massGrams: massAtShare(swarf, 0.22), composition: swarf },
      ], { facility: f.works.plant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing in field, sintering; traction-motor grade 45SH with Ho–Fe and Dy–Fe additions' }),
      deliver('dlv-2508-mag', at('2025-08-25'), 'TY-2508-MAG', tonnes(40), { name: '山西晋能新能源汽车电驱动有限公司 (Shanxi Jinneng EV Electric Drive Co.)', id: outsideCode('r25-sx-edrive', '140100') }, 'vehicles', 'JN-2508-0031'),
    ]);
    return {
      world: w,
      find: {
        parties: [f.works.party.id],
        lots: [f.works.party.lot('TY-2508-MAG'), f.works.party.lot('TY-2508-SW')],
        events: [f.works.party.event('sin-2508-01')],
      },
    };
  },
});
