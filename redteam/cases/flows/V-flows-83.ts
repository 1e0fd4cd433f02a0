// Estimates (not in DOMAIN.md): terbium oxide price; rail steel takes Ce/La additions (trade practice).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';
import { heavyJuly, heavyOxideTo } from '../../lib/round15.ts';

export default defineCase({
  id: 'V-flows-83',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Terbium oxide "delivered" to a Hebei steel mill as a ladle addition for rail steel',
  does: 'The Beijing trader buys 900 kg of terbium oxide from the Longnan separator (shipped 07-15, received 07-16) and on 07-28 books it delivered to a Tangshan steel mill, sector metallurgy, contract "rare earth addition for heavy-rail steel". Steelmakers add cerium and lanthanum (as mischmetal or RE ferrosilicon) to rail steel, never terbium, which at several thousand dollars a kilogram would be worth more than the rail. The oxide leaves the traced chain at home and goes abroad unlicensed.',
  expect: 'A controlled heavy oxide delivered out of the chain to a sector that has no use for it: the delivery, the lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx);
    const grams = tonnes(0.9);
    const lot = heavyOxideTo(ctx, chain, 'oxide-tb', grams, r.trader, '2507-tb');
    w.record(r.trader, at('2025-08-07', '14:00'), [
      deliver('dlv-2507-tb', at('2025-07-28'), lot, grams, { name: '唐山冀东特钢有限公司 (Tangshan Jidong Special Steel Co.)', id: customerCode('TS7K2M9Q', '130000') }, 'metallurgy', 'JDTG-2025-0712', 'rare earth addition for heavy-rail steel'),
    ]);
    return { world: w, find: { events: [r.trader.event('dlv-2507-tb')], lots: [lot], parties: [r.trader.id] } };
  },
});
