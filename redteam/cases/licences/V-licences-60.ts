import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-60',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A recycler imports Lao mixed carbonate and separates it on its recycling licence',
  does: 'Mixed rare earth carbonate from Laos is cheap and plentiful, and separating it needs a separation licence and counts against a separation quota (Order 71 covers imported ore products). The Ganzhou recycler has neither, only its recycling licence, and a solvent-extraction line with spare capacity. It adds "importer" to its business scope, imports 300 t of light mixed carbonate (45 % REO, 135 t REO) through Mohan on 2025-07-02 under a proper customs declaration, and on 07-15 separates it at its recycling plant into NdPr, lanthanum, cerium, SmEuGd and heavy oxides at 95 %, as if it were magnet scrap. July is reported on 08-06.',
  expect: 'Separation of a separation feed (mixed carbonate) by a party with no separation licence and no separation quota, at a plant licensed for recycling only; the separation, the carbonate lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.recycler, { roles: ['recycler', 'importer'] });
    honestMonth(ctx, '2025-06');
    const carbonate = { id: 'LA-2507-01', product: 'mixed-carbonate-light', massGrams: tonnes(300) };
    const imported = s.import(r.recycler, 'imp-2507-01', at('2025-07-02'), carbonate, 'LA', '530620250700041276');
    const plan = separate(s.lot(r.recycler.lot(carbonate.id)).composition, 'RC-2507');
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      imported,
      s.process(r.recycler, 'rec-2507-01', at('2025-07-15'), [{ lot: carbonate.id, massGrams: carbonate.massGrams }], plan.outputs, { facility: r.recyclingPlant, note: 'HCl dissolution, solvent extraction' }),
    ]);
    return {
      world: w,
      find: { events: [r.recycler.event('rec-2507-01')], lots: [r.recycler.lot('LA-2507-01')], parties: [r.recycler.id] },
    };
  },
});
