import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-02',
  family: 'licences',
  violation: false,
  heldOut: false,
  title: 'A renewed mining licence, the old month reported after the switch',
  does: 'The miner\'s licence ran to 2025-06-30 and was renewed from 2025-07-01 under a new number; the registry re-points the mine to the new licence. The miner reports June (extracted under the old licence) on 2025-07-05, after the switch.',
  expect: 'Nothing: June\'s extraction was covered by the licence valid in June; the mine\'s current licence is not the one to judge June by.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    w.amendLicence(r.miningLicence, { validTo: '2025-06-30' });
    const renewed = w.licence({ id: 'RT-MIN-BY-2025R', party: r.miner.id, activity: 'mining', validFrom: '2025-07-01', validTo: '2028-06-30', capacityTonnesReo: 15_000, scope: { products: ['ore-bayan-obo', 'concentrate-bayan-obo'] } });
    w.amendFacility(r.mine, { licence: renewed });
    honestMonth(ctx, '2025-06');
    return { world: w, find: {} };
  },
});
