import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain, mineIonic } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-08',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Ionic concentrate separated under an ionic quota',
  does: 'The Xunwu miner leaches 100 t of light ionic concentrate in June under its ionic licence and quota and ships it to the Longnan separator, licensed and allocated for ionic feed, which separates it at 96 % (the ionic norm is > 94 %).',
  expect: 'Nothing: each step inside a licence and a quota of the right ore type.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const feed = mineIonic(ctx, south, '2025-06', '2506');
    const plan = separate(s.lot(feed.lot).composition, 'LN-2506', { recovery: 0.96 });
    w.record(south.southSeparator, reportTime('2025-06', 6), [
      s.receive(south.southSeparator, 'rcv-2506-01', at(day('2025-06', 13)), feed.lot, feed.massGrams),
      s.process(south.southSeparator, 'sep-2506-01', at(day('2025-06', 18)), [{ lot: feed.lot, massGrams: feed.massGrams }], plan.outputs, { facility: south.southPlant }),
    ]);
    return { world: w, find: {} };
  },
});
