import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain, mineIonic } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { at } from '../../lib/chem.ts';

export default defineCase({
  id: 'V-time-04',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Leaching before the mining licence starts',
  does: 'The Xunwu miner\'s licence is valid from 2025-03-01. It starts heap-leaching in January and reports January and February like any licensed month, with quota to spare.',
  expect: 'Extraction before the licence\'s first day; the January and February extract events.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    w.amendLicence(south.ionicMiningLicence, { validFrom: '2025-03-01' });
    const jan = mineIonic(ctx, south, '2025-01', '2501');
    const feb = mineIonic(ctx, south, '2025-02', '2502');
    w.record(south.southSeparator, at('2025-02-06', '10:00'), [s.receive(south.southSeparator, 'rcv-2501-01', at('2025-01-13'), jan.lot, jan.massGrams)]);
    w.record(south.southSeparator, at('2025-03-06', '10:00'), [s.receive(south.southSeparator, 'rcv-2502-01', at('2025-02-13'), feb.lot, feb.massGrams)]);
    return { world: w, find: { events: [south.ionicMiner.event('ext-2501-01'), south.ionicMiner.event('ext-2502-01')], parties: [south.ionicMiner.id] } };
  },
});
