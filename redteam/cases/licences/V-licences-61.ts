import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-61',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A light-ionic miner leaches a high-yttrium vein its licence does not cover',
  does: 'The Xunwu miner\'s licence covers light ion-adsorption clay, its ore and concentrate. In 2025 its geologists find a high-yttrium (Longnan-type) horizon under the east slope of the Nanqiao mine, worth many times the light clay. Without applying for a new scope it injects the slope, and on 2025-07-06 books 40 t of high-yttrium ionic concentrate (92 % REO, two thirds of it Y2O3) from the Nanqiao mine, inside its ionic quota; it ships the lot to the Longnan separator on 07-12, which receives it on 07-13. July is reported on the 5th and 6th of August.',
  expect: 'Mining outside the licence\'s scope: a product (high-yttrium ionic concentrate) that the mining licence does not list; the extraction, the lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const grams = tonnes(40);
    w.record(south.ionicMiner, at('2025-08-05', '10:00'), [
      s.extract(south.ionicMiner, 'ext-2507-hy', at('2025-07-06'), south.ionicMine, { id: 'HY-2507-01', product: 'concentrate-ionic-high-y', massGrams: grams }, 'east slope, injection field E-3'),
      s.ship(south.ionicMiner, 'shp-2507-hy', at('2025-07-12'), 'HY-2507-01', grams, south.southSeparator),
    ]);
    w.record(south.southSeparator, at('2025-08-06', '10:00'), [s.receive(south.southSeparator, 'rcv-2507-hy', at('2025-07-13'), south.ionicMiner.lot('HY-2507-01'), grams)]);
    return {
      world: w,
      find: { events: [south.ionicMiner.event('ext-2507-hy')], lots: [south.ionicMiner.lot('HY-2507-01')], parties: [south.ionicMiner.id] },
    };
  },
});
