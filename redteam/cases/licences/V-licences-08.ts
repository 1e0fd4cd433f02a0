import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-08',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Mining on a suspended licence',
  does: 'The miner\'s licence was suspended after a safety inspection (the registry shows it suspended, its dates still running). The miner goes on extracting and shipping its June concentrate as usual.',
  expect: 'Extraction under a suspended licence; the miner and its extract event.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    w.amendLicence(r.miningLicence, { status: 'suspended' });
    honestMonth(ctx, '2025-06');
    return { world: w, find: { parties: [r.miner.id], events: [r.miner.event('ext-2506-01')] } };
  },
});
