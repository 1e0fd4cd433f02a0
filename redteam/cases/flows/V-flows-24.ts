// Estimates (not in shared/DOMAIN.md): the catalogue's monazite grade (60 % REO); caustic cracking at 96 % (rounds 20 and 23); the recycler's 93 % recovery and a leach residue of 0.3 t a tonne.
import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { lightCuts } from '../../lib/round23.ts';
import { chongqing, filed, firm, hainan, landfills, monaziteLot, wuzhouCracks, xijiang } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-flows-24',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Eighty tonnes of Hainan monazite pass through a Haikou and a Guangzhou trader and reach a Chongqing recycler as "spent polishing powder"',
  does: 'The licensed Wenchang (Hainan) zircon-sand company books 200 t of monazite concentrate on 2025-07-03, ships 120 t to the Wuzhou separator and sells 80 t to a Haikou trading company (received 07-07). The Haikou company sells them on to a Guangzhou trading company (shipped 07-12, received 07-15), which on 07-17 "screens and re-bags" them in its Panyu warehouse and books the result as 80 t of spent rare earth polishing powder, then sells that to a licensed Chongqing recycler (received 07-22). Recyclers may not buy or process mineral products; spent polishing powder is recycling feed. The recycler leaches the "powder" on 07-26 into lanthanum, cerium and NdPr oxides and sends the leach residue, thorium and all, to an ordinary industrial landfill as recycling residue.',
  expect: 'A mineral concentrate renamed scrap by a trader on its way to a recycler: the renaming, the lots on either side of it, the traders\' shipments and the recycler\'s leach.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xj = xijiang(ctx);
    const hn = hainan(ctx, { licensed: true });
    const cq = chongqing(ctx);
    const haikou = firm(ctx, 'r25-haikou', ['trader'], '海口南洋矿产品贸易有限公司', 'Haikou Nanyang Mineral Products Trading Co.', '460000');
    const gz = firm(ctx, 'r25-gz-trader', ['trader'], '广州番禺华南稀土材料贸易有限公司', 'Guangzhou Panyu Huanan Rare Earth Materials Trading Co.', '440100');
    const lot = monaziteLot('MZ-2507-01', 200);
    const toWuzhou = tonnes(120);
    const toHaikou = tonnes(80);
    w.record(hn.party, filed('2025-08-05'), [
      s.extract(hn.party, 'ext-2507-mz', at('2025-07-03'), hn.mine, lot, 'monazite fraction of the dry mill'),
      s.ship(hn.party, 'shp-2507-hk', at('2025-07-06'), lot.id, toHaikou, haikou, 'MZ-2507-01-HK', 'bagged, by road to Haikou'),
      s.ship(hn.party, 'shp-2507-wz', at('2025-07-08'), lot.id, toWuzhou, xj.wuzhou, 'MZ-2507-01-WZ', 'bagged, by sea Haikou–Beihai and by road to Wuzhou'),
    ]);
    wuzhouCracks(ctx, xj, '2507-mz', hn.party.lot('MZ-2507-01-WZ'), toWuzhou,
      { receive: at('2025-07-12'), crack: at('2025-07-20'), residueShip: at('2025-07-23'), storeReceive: at('2025-07-24'), storePlace: at('2025-07-26') }, filed('2025-08-06'), filed('2025-08-07'));
    const hk = hn.party.lot('MZ-2507-01-HK');
    w.record(haikou, filed('2025-08-06', '09:00'), [
      s.receive(haikou, 'rcv-2507-mz', at('2025-07-07'), hk, toHaikou),
      s.ship(haikou, 'shp-2507-gz', at('2025-07-12'), hk, toHaikou, gz, undefined, 'container by sea, Haikou to Guangzhou Nansha'),
    ]);
    w.record(gz, filed('2025-08-06', '09:30'), [
      s.receive(gz, 'rcv-2507-mz', at('2025-07-15'), hk, toHaikou),
      s.process(gz, 'rpk-2507-spp', at('2025-07-17'), [{ lot: hk, massGrams: toHaikou }], [
        { id: 'GZ-2507-SPP', product: 'scrap-polishing-powder', massGrams: toHaikou, composition: s.share(hk, toHaikou) },
      ], { note: 'screened and re-bagged at the Panyu warehouse as spent rare earth polishing powder' }),
      s.ship(gz, 'shp-2507-cq', at('2025-07-19'), 'GZ-2507-SPP', toHaikou, cq.party, undefined, 'ton bags, by road to Chongqing'),
    ]);
    const spp = gz.lot('GZ-2507-SPP');
    const feed = s.share(spp, toHaikou);
    const cuts = lightCuts(feed, 'CQ-2507', 0.93);
    const residueGrams = tonnes(24);
    w.record(cq.party, filed('2025-08-06', '10:00'), [
      s.receive(cq.party, 'rcv-2507-spp', at('2025-07-22'), spp, toHaikou),
      s.process(cq.party, 'rec-2507-spp', at('2025-07-26'), [{ lot: spp, massGrams: toHaikou }], [
        ...cuts.outputs,
        { id: 'CQ-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: subtract(feed, scale(feed, 0.93)) },
      ], { facility: cq.plant, note: 'spent polishing powder digested in sulphuric acid, double-sulphate precipitation, conversion and solvent extraction' }),
      s.ship(cq.party, 'shp-2507-res', at('2025-07-29'), 'CQ-2507-RES', residueGrams, cq.landfill, undefined, 'covered trucks'),
    ]);
    landfills(ctx, cq, '2507', cq.party.lot('CQ-2507-RES'), residueGrams, at('2025-07-30'), at('2025-07-31'), filed('2025-08-07'));
    return {
      world: w,
      find: {
        parties: [gz.id],
        lots: [hk, spp],
        events: [gz.event('rpk-2507-spp'), haikou.event('shp-2507-gz'), gz.event('shp-2507-cq'), cq.party.event('rec-2507-spp')],
      },
    };
  },
});
