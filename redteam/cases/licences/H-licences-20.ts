import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-20',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Ionic concentrate separated in Baotou under an ionic allocation of its own',
  does: 'For 2025 the group gives the Baotou separator, besides its 10,000 t REO rock-ore allocation, a small ionic allocation of 300 t REO out of the group\'s separation quota, to run trial campaigns for a magnet customer. The Xunwu miner sells it 100 t of light ionic concentrate (92 t REO) in July, which it separates on 07-20 at 95 %.',
  expect: 'Nothing: ionic feed separated under an ionic allocation held by the separator, within it, by a licensed plant; the rock allocation is untouched by it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.quota({ id: 'RT-Q2025-SEP-BT-IONIC', year: 2025, batch: 1, holder: r.separator.id, activity: 'separation', oreType: 'ionic', tonnesReo: 300, allocatedFrom: 'RT-Q2025-SEP-GROUP' });
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const id = 'IC-2507-01';
    const massGrams = tonnes(100);
    w.record(south.ionicMiner, reportTime('2025-07', 5), [
      s.extract(south.ionicMiner, 'ext-2507-01', at(day('2025-07', 4)), south.ionicMine, { id, product: 'concentrate-ionic-light', massGrams }),
      s.ship(south.ionicMiner, 'shp-2507-01', at(day('2025-07', 12)), id, massGrams, r.separator),
    ]);
    const feed = south.ionicMiner.lot(id);
    const plan = separate(s.lot(feed).composition, 'SEP-2507-IC', { recovery: 0.95 });
    w.record(r.separator, reportTime('2025-07', 6), [
      s.receive(r.separator, 'rcv-2507-ic', at(day('2025-07', 14)), feed, massGrams),
      s.process(r.separator, 'sep-2507-ic', at(day('2025-07', 20)), [{ lot: feed, massGrams }], plan.outputs, { facility: r.separationPlant, note: 'ionic trial campaign under allocation RT-Q2025-SEP-BT-IONIC' }),
    ]);
    return { world: w, find: {} };
  },
});
