import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { customerCode, deliver } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';
import type { Party } from '../../lib/world.ts';

export default defineCase({
  id: 'V-flows-66',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide passed through four newly registered trading companies in four days, then "delivered" to an electronics buyer',
  does: 'Four trading companies registered in June 2025 in Guangzhou, Xiamen, Hangzhou and Dongguan, each with one employee and the same agent, pass 3 t of dysprosium oxide between them: the first buys it from the Longnan separator (shipped 07-15, received 07-16) and ships it whole the next morning to the second, which ships it on the day after, and so on; each receives and re-ships within a day, without opening a drum. On 07-20 the fourth "delivers" all 3 t to a Dongguan electronics company as a final user. The layers make the buyer four steps away from the separator; the drums leave for Hong Kong by speedboat. Each company reports July on time.',
  expect: 'A controlled oxide layered through a string of new shell traders within days and leaving the chain at the end of it: the delivery and the shipments of the layers.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const specs: [string, string, string, string][] = [
      ['shell-gz', '广州市前程稀有金属贸易有限公司', 'Guangzhou Qiancheng Rare Metals Trading Co.', '440100'],
      ['shell-xm', '厦门鹭达金属材料有限公司', 'Xiamen Luda Metal Materials Co.', '350200'],
      ['shell-hz', '杭州恒通进出口贸易有限公司', 'Hangzhou Hengtong Trading Co.', '330100'],
      ['shell-dg', '东莞市鸿运新材料贸易有限公司', 'Dongguan Hongyun New Materials Trading Co.', '440000'],
    ];
    const shells: Party[] = specs.map(([tag, zh, en, region]) => w.party(tag, { kind: 'enterprise', roles: ['trader'], nameZh: zh, nameEn: en, region }));
    const grams = tonnes(3);
    let lot = sellOxide(ctx, south, heavy, 'oxide-dy', grams, shells[0]!, '2025-07', '2507-dy');
    const ships: string[] = [];
    for (let i = 0; i < 3; i++) {
      const from = shells[i]!;
      const to = shells[i + 1]!;
      const d = 17 + i;
      w.record(from, at('2025-08-07', `${11 + i}:00`), [s.ship(from, `shp-2507-${i + 1}`, at(`2025-07-${d}`), lot, grams, to)]);
      ships.push(from.event(`shp-2507-${i + 1}`));
      w.record(to, at('2025-08-07', `${11 + i}:30`), [s.receive(to, `rcv-2507-${i + 1}`, at(`2025-07-${d}`, '18:00'), lot, grams)]);
    }
    const last = shells[3]!;
    w.record(last, at('2025-08-07', '15:00'), [
      deliver('dlv-2507-01', at('2025-07-20'), lot, grams, { name: '东莞市科锐电子科技有限公司 (Dongguan electronics company)', id: customerCode('DGKR2507', '441900') }, 'electronics', 'DG-2025-0719'),
    ]);
    return { world: w, find: { events: [last.event('dlv-2507-01'), ...ships], lots: [lot] } };
  },
});
