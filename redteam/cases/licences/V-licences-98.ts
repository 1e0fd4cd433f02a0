import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recyclerMonth } from '../../lib/round16.ts';

export default defineCase({
  id: 'V-licences-98',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A recycler whose licence ran out on 31 July collects and leaches 80 t of swarf in August',
  does: 'The Ganzhou recycler\'s licence ended on 2025-07-31; its renewal was refused after an environmental inspection and nothing replaces it. The plant carries on: it collects 80 t of NdFeB swarf from a Ningbo workshop on 08-04 and leaches it on 08-15 into NdPr and heavy-RE oxides, its leach residue going to the licensed store, and reports August on 09-06 as if nothing had changed.',
  expect: 'Recycling after the recycler\'s licence ended; the August campaign, its products and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.amendLicence('RT-REC-GZ-2024', { validTo: '2025-07-31' });
    const month = recyclerMonth(ctx, '2025-08', '2508', 80, at('2025-09-07', '10:00'));
    w.record(r.recycler, at('2025-09-06', '10:00'), month.events);
    return {
      world: w,
      find: { events: [r.recycler.event('rec-2508-01'), r.recycler.event('col-2508-01')], lots: [r.recycler.lot(month.ndpr)], parties: [r.recycler.id] },
    };
  },
});
