// Estimates (not in DOMAIN.md): Tb2O3 share of Faraday glass (20–25 %).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';
import { heavyJuly, heavyOxideTo } from '../../lib/round15.ts';

export default defineCase({
  id: 'H-flows-83',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Terbium oxide delivered to a Chengdu maker of Faraday-rotator glass for optical isolators',
  does: 'The Beijing trader buys 150 kg of 99.99 % terbium oxide from the Longnan separator (shipped 07-15, received 07-16) and delivers it on 07-24 to a Chengdu optical-glass works that melts terbium-doped magneto-optical glass (Faraday rotators for fibre-laser isolators), sector glass-and-ceramics, under a named supply contract. The glass holds some 20–25 % Tb2O3 (an estimate), so a few hundred kilograms a year is an ordinary order.',
  expect: 'Nothing: a domestic sale of a controlled oxide to a final user whose product needs it; export controls do not reach domestic sales.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx);
    const grams = tonnes(0.15);
    const lot = heavyOxideTo(ctx, chain, 'oxide-tb', grams, r.trader, '2507-tb');
    w.record(r.trader, at('2025-08-07', '14:00'), [
      deliver('dlv-2507-tb', at('2025-07-24'), lot, grams, { name: '成都光明磁光玻璃有限公司 (Chengdu Guangming Magneto-Optical Glass Co.)', id: customerCode('CD4F8R2N', '510100') }, 'glass-and-ceramics', 'GMCG-2025-088', 'terbium-doped Faraday rotator glass'),
    ]);
    return { world: w, find: {} };
  },
});
