import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { enterprise, southHeavy } from '../../lib/round16.ts';

export default defineCase({
  id: 'V-flows-94',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Terbium oxide sent to a trading company on the Vietnamese border comes back "rejected", a fifth of it "swept up and scrapped"',
  does: 'A trading company registered in Pingxiang (Chongzuo, Guangxi), a crossing on the Vietnamese border, buys 2 t of terbium oxide from the Longnan separator (shipped 2025-07-15, received 07-16). Three days later it returns 1.6 t to the separator as "off-spec colour" (received back on 07-22) and writes off the other 400 kg by a stock adjustment, "bags torn when the truck overturned; spillage swept up and scrapped". Terbium oxide sells for about US$1,000 a kilogram (an estimate); 400 kg has crossed the border with no export and no licence.',
  expect: 'A controlled oxide bought by a border trading house that keeps none of it: most returned, the rest written off as a loss no one would accept for terbium. The adjustment, the Tb lot and the trading company.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): terbium oxide at about US$1,000 a kilogram.
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const { south, heavy } = southHeavy(ctx, '2025-07', '2507', 300);
    const border = enterprise(ctx, 'pingxiang-trader', ['trader'], '凭祥市友谊关稀贸商贸有限公司', 'Pingxiang Youyiguan Rare Trading Co.', '451400');
    const lot = sellOxide(ctx, south, heavy, 'oxide-tb', tonnes(2), border, '2025-07', '2507-tb');
    const back = tonnes(1.6);
    w.record(border, at('2025-08-07', '16:00'), [
      s.ship(border, 'shp-2507-tb-ret', at('2025-07-19'), lot, back, south.southSeparator, 'TB-RET-2507', 'returned: colour off specification'),
      s.adjust(border, 'adj-2507-tb', at('2025-07-20'), lot, -tonnes(0.4), 'bags torn when the truck overturned near Ningming; spillage swept up and scrapped'),
    ]);
    w.record(south.southSeparator, at('2025-08-08', '09:00'), [s.receive(south.southSeparator, 'rcv-2507-tb-ret', at('2025-07-22'), border.lot('TB-RET-2507'), back)]);
    return {
      world: w,
      find: { events: [border.event('adj-2507-tb'), border.event('shp-2507-tb-ret')], lots: [lot], parties: [border.id] },
    };
  },
});
