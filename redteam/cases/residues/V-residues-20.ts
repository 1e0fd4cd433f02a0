import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-20',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The residue store takes in July\'s residue after its licence lapsed',
  does: 'The Baotou disposer\'s disposal licence ran to 2025-06-30; its renewal application was refused over a leaking cell liner, and it was not renewed. It goes on as before: on 2025-07-25 it receives the separator\'s July water-leach residue (450 t, thorium-bearing) and on 07-27 places it in its radioactive store, reporting both on time. June\'s residue, taken in under the licence, is in order.',
  expect: 'Radioactive residue received and disposed of by a party whose disposal licence had ended; the July receipt and disposal and the disposer (June\'s are legal).',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    w.amendLicence('RT-DSP-BD-2024', { validTo: '2025-06-30' });
    honestMonth(ctx, '2025-06');
    const july = honestMonth(ctx, '2025-07');
    return { world: w, find: { parties: [r.disposer.id], events: [r.disposer.event('dsp-2507-res'), r.disposer.event('rcv-2507-res')], lots: [july.residue] } };
  },
});
