import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { enterprise, southHeavy } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-flows-94',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A Xiamen phosphor maker sends a 2 t terbium oxide lot back whole: its particle size is off specification',
  does: 'A Xiamen green-phosphor maker buys 2 t of terbium oxide from the Longnan separator (shipped 2025-07-15, received 07-16). Its incoming inspection finds the median particle size at 6 µm against the contract\'s 3 µm, and it returns the lot unopened on 07-22; the separator receives all of it back on 07-24 to re-mill. Both report in early August.',
  expect: 'Nothing: a quality return of the whole lot, nothing lost, received back by the seller.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const { south, heavy } = southHeavy(ctx, '2025-07', '2507', 300);
    const phosphor = enterprise(ctx, 'xiamen-phosphor', ['phosphor-maker'], '厦门海沧绿光荧光材料有限公司', 'Xiamen Haicang Green-Light Phosphor Co.', '350200');
    const grams = tonnes(2);
    const lot = sellOxide(ctx, south, heavy, 'oxide-tb', grams, phosphor, '2025-07', '2507-tb');
    w.record(phosphor, at('2025-08-07', '16:00'), [
      s.ship(phosphor, 'shp-2507-tb-ret', at('2025-07-22'), lot, grams, south.southSeparator, undefined, 'returned unopened: D50 6 µm against 3 µm contracted'),
    ]);
    w.record(south.southSeparator, at('2025-08-08', '09:00'), [s.receive(south.southSeparator, 'rcv-2507-tb-ret', at('2025-07-24'), lot, grams)]);
    return { world: w, find: {} };
  },
});
