// Estimates (not in shared/DOMAIN.md): the assay of a Brazilian ion-adsorption clay concentrate (92 % REO, medium-yttrium, europium-rich type); a 96 % cascade recovery with no residue booked (heavy.ts).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { fromAssay } from '../../lib/round8.ts';
import { filed, firm, wuzhouClayRun, xijiang } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-time-25',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Brazilian clay concentrate landed at Qinzhou in July, held nine weeks in the bonded logistics centre, booked as imported on its clearance on 8 September',
  does: 'A Qinzhou (Guangxi) import agent buys 120 t of ion-adsorption clay concentrate from a Goiás (Brazil) producer for the Wuzhou separator. The cargo lands at Qinzhou port on 2025-07-02 and goes into the bonded logistics centre, still foreign goods, while the separator\'s group files its plan for imported ore and the letter of credit is settled. It is declared for import and cleared on 09-08; the agent books the import that day, ships the cargo to Wuzhou on 09-09 (received 09-11), and the separator runs it on 09-20. Both report September on 10-06.',
  expect: 'Nothing: goods held in bonded storage have not been imported; the import is booked at its clearance and reported with its own month.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xj = xijiang(ctx);
    const agent = firm(ctx, 'r25-qinzhou', ['trader', 'importer'], '钦州港北部湾矿产进出口有限公司', 'Qinzhou Port Beibu Gulf Minerals Import & Export Co.', '450000');
    const grams = tonnes(120);
    const composition = fromAssay(grams, 0.92, {
      La: 28.0, Ce: 4.0, Pr: 6.5, Nd: 22.5, Sm: 4.0, Eu: 0.6, Gd: 3.4, Tb: 0.6, Dy: 3.0, Ho: 0.6, Er: 1.7, Tm: 0.2, Yb: 1.4, Lu: 0.2, Y: 23.3,
    });
    w.record(agent, filed('2025-10-06'), [
      { ...s.import(agent, 'imp-2509-br', at('2025-09-08', '10:30'), { id: 'BR-2509-01', product: 'concentrate-ionic-medium-y-eu', massGrams: grams, composition }, 'BR', '721820250000917730'), note: 'landed at Qinzhou 2025-07-02 into the bonded logistics centre; declared for import and released 2025-09-08' },
      s.ship(agent, 'shp-2509-br', at('2025-09-09'), 'BR-2509-01', grams, xj.wuzhou, undefined, 'five trucks, Qinzhou to Wuzhou'),
    ]);
    const run = wuzhouClayRun(ctx, xj.wuzhou, xj.wuzhouPlant, '2509-br', agent.lot('BR-2509-01'), grams, at('2025-09-11'), at('2025-09-20'), 'Brazilian ionic concentrate dissolved in hydrochloric acid and cut on the P507 cascade; declared to the group as imported ore');
    w.record(xj.wuzhou, filed('2025-10-06', '14:00'), run.events);
    return { world: w, find: {} };
  },
});
