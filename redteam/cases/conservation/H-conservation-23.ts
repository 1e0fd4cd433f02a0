// Estimates (not in shared/DOMAIN.md): 97 % of each oxide's rare earth into its iron alloy (the library's oxide → metal yield); 78 % of the rare earths fed into magnets and 20 % into swarf (magnets.ts); holmium as a partial substitute for dysprosium is trade practice, its share here an estimate.
import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { deliver } from '../../lib/round8.ts';
import { heavyJuly } from '../../lib/round15.ts';
import { filed, taiyuanFeeds } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-conservation-23',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Taiyuan magnet works replaces part of its dysprosium with holmium: traction-motor magnets carrying 2 % holmium, every gram of it bought',
  does: 'A Taiyuan (Shanxi) sintered-magnet works buys 15 t of NdPr metal from the Baotou smelter (received 2025-07-09) and, from a Ji\'an metal works, 1.36 t of holmium–iron and 1.05 t of dysprosium–iron alloy reduced from Longnan oxides (received 07-26): holmium is cheaper than dysprosium and replaces part of it in high-coercivity grades. On 08-12 it sinters a traction-motor grade whose magnets carry holmium (about 2 % of their weight) as well as dysprosium, Pr and Nd; the grinding swarf is booked with a fifth of each element and 2 % goes to furnace dross and fines. It delivers 40 t of magnets to a Shanxi electric-drive maker on 08-25.',
  expect: 'Nothing: an unusual but lawful magnet recipe. Every element in the magnets and the swarf, holmium included, came in through the chain, less a small loss.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx, 100);
    const f = taiyuanFeeds(ctx, chain, { dyOxideTonnes: 1 });
    w.record(f.works.party, filed('2025-08-08'), f.receipts);
    const feed = add(add(s.share(f.metal, f.metalGrams), s.share(f.hofe, f.hofeGrams)), s.share(f.dyfe!, f.dyfeGrams!));
    const magnets = scale(feed, 0.78);
    const swarf = scale(feed, 0.2);
    w.record(f.works.party, filed('2025-09-05'), [
      s.process(f.works.party, 'sin-2508-01', at('2025-08-12'), [
        { lot: f.metal, massGrams: f.metalGrams }, { lot: f.hofe, massGrams: f.hofeGrams }, { lot: f.dyfe!, massGrams: f.dyfeGrams! },
      ], [
        { id: 'TY-2508-MAG', product: 'magnet-ndfeb-sintered-high-coercivity', massGrams: massAtShare(magnets, 0.31), composition: magnets },
        { id: 'TY-2508-SW', product: 'scrap-ndfeb-swarf', massGrams: massAtShare(swarf, 0.22), composition: swarf },
      ], { facility: f.works.plant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing in field, sintering; traction-motor grade 45SH, holmium substituted for part of the dysprosium' }),
      deliver('dlv-2508-mag', at('2025-08-25'), 'TY-2508-MAG', tonnes(40), { name: '山西晋能新能源汽车电驱动有限公司 (Shanxi Jinneng EV Electric Drive Co.)', id: outsideCode('r25-sx-edrive', '140100') }, 'vehicles', 'JN-2508-0031'),
    ]);
    return { world: w, find: {} };
  },
});
