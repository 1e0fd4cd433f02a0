import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-45',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Concentrate sold to a Changshu trading company that never sells it on: 300 t written off four months later as "spillage and moisture"',
  does: 'The miner sells 300 t of Bayan Obo concentrate to a newly registered Changshu trading company (shipped 2025-07-03, received 07-06). The company has no customer on record; the concentrate goes by night into an unlicensed solvent-extraction workshop in the Changshu chemical park. On 2025-11-18 the company books a negative adjustment of the whole 300 t, "spillage and moisture loss in open storage", and its stock is back to nothing.',
  expect: 'A mineral product that leaves the chain at a trading company by adjustment, never reaching a separator; the adjustment, the concentrate lot and the trading company.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const changshu = w.party('cstrader', { kind: 'enterprise', roles: ['trader'], nameZh: '常熟兴港贸易有限公司', nameEn: 'Changshu Xinggang Trading Co.', region: '320500' });
    const june = honestMonth(ctx, '2025-06', { minedTonnes: 1_500 });
    const grams = tonnes(300);
    w.record(r.miner, at('2025-08-05', '10:00'), [s.ship(r.miner, 'shp-2507-cs', at('2025-07-03'), june.concentrate, grams, changshu, 'BC-2506-01-S2')]);
    const lot = r.miner.lot('BC-2506-01-S2');
    w.record(changshu, at('2025-08-08', '10:00'), [s.receive(changshu, 'rcv-2507-con', at('2025-07-06'), lot, grams)]);
    w.record(changshu, at('2025-12-08', '10:00'), [s.adjust(changshu, 'adj-2511-con', at('2025-11-18'), lot, -grams, 'spillage and moisture loss in open storage')]);
    return { world: w, find: { events: [changshu.event('adj-2511-con')], lots: [lot], parties: [changshu.id] } };
  },
});
