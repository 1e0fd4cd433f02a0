import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-03',
  family: 'licences',
  violation: true,
  heldOut: false,
  title: 'Ionic output beyond the ionic quota, hidden under a rock quota',
  does: 'The Xunwu miner holds 1,500 t REO of ionic quota and, for a small bastnaesite prospect it has not opened, 1,000 t REO of rock quota. From March to June 2025 it leaches 2,170 t of light ionic concentrate (about 2,000 t REO): over its ionic quota, under the sum of its two quotas.',
  expect: 'The miner\'s ionic output for 2025 beyond its ionic quota (quotas of different ore types are not interchangeable); its extract events.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    w.quota({ id: 'RT-Q2025-MIN-XW-ROCK', year: 2025, batch: 1, holder: south.ionicMiner.id, activity: 'mining', oreType: 'rock', tonnesReo: 1_000 });
    const months = ['2025-03', '2025-04', '2025-05', '2025-06'];
    for (const month of months) {
      const tag = month.slice(2).replace('-', '');
      const id = `IC-${tag}-01`;
      const massGrams = tonnes(542.5);
      w.record(south.ionicMiner, reportTime(month, 5), [
        s.extract(south.ionicMiner, `ext-${tag}-01`, at(day(month, 4)), south.ionicMine, { id, product: 'concentrate-ionic-light', massGrams }),
        s.ship(south.ionicMiner, `shp-${tag}-01`, at(day(month, 12)), id, massGrams, south.southSeparator),
      ]);
      w.record(south.southSeparator, reportTime(month, 6), [
        s.receive(south.southSeparator, `rcv-${tag}-01`, at(day(month, 13)), south.ionicMiner.lot(id), massGrams),
      ]);
    }
    return {
      world: w,
      find: { parties: [south.ionicMiner.id], events: months.map((m) => south.ionicMiner.event(`ext-${m.slice(2).replace('-', '')}-01`)) },
    };
  },
});
