import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { fromAssay } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-identity-72',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A Xunwu clay bench richer in yttrium than the mine\'s average: light concentrate with 5 % Y2O3',
  does: 'Ion-adsorption clays vary from hill to hill and with depth. In July 2025 the Xunwu miner\'s leach pads reach the lower, more weathered bench of its south block, whose rare earths carry more yttrium and a little more of the heavies: the 100 t of concentrate it leaches on 07-04 assay 92 % REO with 5.3 % Y2O3, 40 % La2O3 and 30 % Nd2O3 (against the mine\'s usual 2 %, 42 % and 31 %; an estimate of a real bench-to-bench spread), still 89.5 % light rare earths. It ships the lot to the Longnan separator on 07-12, which separates it at 96 %. Both report on time.',
  expect: 'Nothing: a light ionic concentrate whose distribution moves with the ore body, within what clays of its type show; it is what it says.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const month = '2025-07';
    const grams = tonnes(100);
    const composition = fromAssay(grams, 0.92, {
      La: 40.0, Ce: 6.0, Pr: 8.2, Nd: 30.0, Sm: 4.8, Eu: 0.5, Gd: 2.4, Tb: 0.3, Dy: 1.1, Ho: 0.2, Er: 0.6, Tm: 0.1, Yb: 0.4, Lu: 0.1, Y: 5.3,
    });
    w.record(south.ionicMiner, reportTime(month, 5), [
      s.extract(south.ionicMiner, 'ext-2507-01', at(day(month, 4)), south.ionicMine, { id: 'IC-2507-01', product: 'concentrate-ionic-light', massGrams: grams, composition }, 'south block, lower bench: Y2O3 5.3 % of REO'),
      s.ship(south.ionicMiner, 'shp-2507-01', at(day(month, 12)), 'IC-2507-01', grams, south.southSeparator),
    ]);
    const lot = south.ionicMiner.lot('IC-2507-01');
    const plan = separate(s.lot(lot).composition, 'LN-2507', { recovery: 0.96 });
    w.record(south.southSeparator, reportTime(month, 6), [
      s.receive(south.southSeparator, 'rcv-2507-01', at(day(month, 13)), lot, grams),
      s.process(south.southSeparator, 'sep-2507-01', at(day(month, 18)), [{ lot, massGrams: grams }], plan.outputs, { facility: south.southPlant }),
    ]);
    return { world: w, find: {} };
  },
});
