import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain, mineIonic } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-72',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Bayan Obo concentrate booked as a Xunwu clay mine\'s own leach output',
  does: 'A Baotou dealer has 150 t of Bayan Obo concentrate from a pit worked beyond the Northern group\'s quota. The Xunwu ionic miner, whose ionic quota has room, buys it by night and on 07-08 books it as its own extraction, "light ionic concentrate" from its leach pads, next to its usual 100 t; both go to the Longnan separator on 07-12, which pays on its own assay. The assay it records is the truth: 50 % REO, half of it cerium, the Bayan Obo distribution, where a Xunwu clay concentrate is 92 % REO and about 6 % cerium. Longnan separates both lots at 96 %. Everyone reports on time.',
  expect: 'A lot whose composition does not fit its label: "ionic light concentrate" at 50 % REO with half its REO cerium and little neodymium, the fingerprint of rock ore from Bayan Obo; the extraction event, its lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const month = '2025-07';
    const own = mineIonic(ctx, south, month, '2507');
    const grams = tonnes(150);
    w.record(south.ionicMiner, at('2025-08-05', '11:00'), [
      s.extract(south.ionicMiner, 'ext-2507-02', at(day(month, 8)), south.ionicMine, { id: 'IC-2507-02', product: 'concentrate-ionic-light', massGrams: grams, composition: typical('concentrate-bayan-obo', grams) }, 'leach pads S5–S9'),
      s.ship(south.ionicMiner, 'shp-2507-02', at(day(month, 12), '10:00'), 'IC-2507-02', grams, south.southSeparator),
    ]);
    const fake = south.ionicMiner.lot('IC-2507-02');
    const ownPlan = separate(s.lot(own.lot).composition, 'LN-2507-A', { recovery: 0.96 });
    const fakePlan = separate(s.lot(fake).composition, 'LN-2507-B', { recovery: 0.96 });
    w.record(south.southSeparator, reportTime(month, 6), [
      s.receive(south.southSeparator, 'rcv-2507-01', at(day(month, 13)), own.lot, own.massGrams),
      s.receive(south.southSeparator, 'rcv-2507-02', at(day(month, 13), '10:00'), fake, grams),
      s.process(south.southSeparator, 'sep-2507-01', at(day(month, 18)), [{ lot: own.lot, massGrams: own.massGrams }], ownPlan.outputs, { facility: south.southPlant }),
      s.process(south.southSeparator, 'sep-2507-02', at(day(month, 19)), [{ lot: fake, massGrams: grams }], fakePlan.outputs, { facility: south.southPlant }),
    ]);
    return {
      world: w,
      find: { events: [south.ionicMiner.event('ext-2507-02')], lots: [fake], parties: [south.ionicMiner.id] },
    };
  },
});
