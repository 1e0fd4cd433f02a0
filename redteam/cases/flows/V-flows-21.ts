import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-21',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Ionic concentrate reaches a recycler through two traders as "mixed carbonate"',
  does: 'The Xunwu miner sells 40 t of its July light ionic concentrate (a leached mixed oxide, 92 % REO) to the Beijing trader, which sells it on unchanged to the Shanghai trading house. The Shanghai house books a "re-bagging" that turns it into 80 t of light mixed rare earth carbonate (46 % REO: the mass doubled to fit a carbonate\'s grade, the rare earths unchanged) and sells that to the Ganzhou recycler, which separates it on 07-28. Each leg looks ordinary: a miner sells to a trader, a trader to a trader, a trader sells carbonate to a recycler.',
  expect: 'A recycler processing what was mined concentrate three legs upstream, renamed by a trader that cannot have made carbonate; the renamed lot, the Shanghai house and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const id = 'IC-2507-01';
    const sold = 'IC-2507-01-T1';
    const soldGrams = tonnes(40);
    w.record(south.ionicMiner, reportTime('2025-07', 5), [
      s.extract(south.ionicMiner, 'ext-2507-01', at(day('2025-07', 4)), south.ionicMine, { id, product: 'concentrate-ionic-light', massGrams: tonnes(100) }),
      s.ship(south.ionicMiner, 'shp-2507-t1', at(day('2025-07', 8)), id, soldGrams, r.trader, sold),
      s.ship(south.ionicMiner, 'shp-2507-01', at(day('2025-07', 12)), id, tonnes(60), south.southSeparator, 'IC-2507-01-S1'),
    ]);
    w.record(south.southSeparator, reportTime('2025-07', 6), [s.receive(south.southSeparator, 'rcv-2507-01', at(day('2025-07', 13)), south.ionicMiner.lot('IC-2507-01-S1'), tonnes(60))]);
    const concentrate = south.ionicMiner.lot(sold);
    w.record(r.trader, reportTime('2025-07', 6), [
      s.receive(r.trader, 'rcv-2507-ic', at(day('2025-07', 9)), concentrate, soldGrams),
      s.ship(r.trader, 'shp-2507-ic', at(day('2025-07', 14)), concentrate, soldGrams, r.exporter),
    ]);
    const composition = s.lot(concentrate).composition;
    const carbonateGrams = tonnes(80);
    w.record(r.exporter, reportTime('2025-07', 7), [
      s.receive(r.exporter, 'rcv-2507-ic', at(day('2025-07', 15)), concentrate, soldGrams),
      s.process(r.exporter, 'pak-2507-mc', at(day('2025-07', 18)), [{ lot: concentrate, massGrams: soldGrams }], [{ id: 'PJ-2507-MC1', product: 'mixed-carbonate-light', massGrams: carbonateGrams, composition: { ...composition } }], { note: 're-bagged; sold as mixed rare earth carbonate' }),
      s.ship(r.exporter, 'shp-2507-mc', at(day('2025-07', 22)), 'PJ-2507-MC1', carbonateGrams, r.recycler),
    ]);
    const renamed = r.exporter.lot('PJ-2507-MC1');
    const plan = separate(composition, 'RC-2507', { recovery: 0.95 });
    w.record(r.recycler, reportTime('2025-07', 8), [
      s.receive(r.recycler, 'rcv-2507-mc', at(day('2025-07', 23)), renamed, carbonateGrams),
      s.process(r.recycler, 'rec-2507-mc', at(day('2025-07', 28)), [{ lot: renamed, massGrams: carbonateGrams }], plan.outputs, { facility: r.recyclingPlant, note: 'mixed carbonate feed' }),
    ]);
    return { world: w, find: { lots: [renamed, concentrate], parties: [r.exporter.id, r.recycler.id, r.trader.id] } };
  },
});
