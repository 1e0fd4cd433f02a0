import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-84',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The residue store\'s licence suspended by the ecology bureau on 10 July after a seepage finding; it goes on taking and placing residue',
  does: 'On 2025-07-10 the ecology bureau suspends the Baotou residue store\'s disposal licence after monitoring wells down-gradient of cell 3 show thorium and fluoride above limits, pending a new liner. The store keeps its gate open: on 07-25 it receives the separator\'s July water-leach residue (about 450 t) and on 07-27 places it, as it did in June. Everyone reports July on time.',
  expect: 'Radioactive residue placed at a site whose disposal licence was suspended: the July disposal, the residue lot and the store.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    w.amendLicence('RT-DSP-BD-2024', { status: 'suspended', since: '2025-07-10T00:00:00+08:00' });
    honestMonth(ctx, '2025-06');
    const july = honestMonth(ctx, '2025-07', { minedTonnes: 1_100 });
    return { world: w, find: { events: [r.disposer.event('dsp-2507-res')], lots: [july.residue], parties: [r.disposer.id] } };
  },
});
