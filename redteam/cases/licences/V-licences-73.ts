import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recyclerMonth } from '../../lib/round12.ts';

export default defineCase({
  id: 'V-licences-73',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A swarf recycler reduces its own recovered NdPr oxide to metal on its recycling licence',
  does: 'The Ganzhou recycler collects 100 t of NdFeB grinding swarf in July 2025 and leaches it into NdPr oxide (its leach residue goes to the licensed store). Metal sells at a better margin than oxide, so on 2025-08-05 it runs the recovered oxide through two fluoride electrolysis cells it installed in its own plant and books the NdPr metal, reported on 09-06. It holds a recycling licence only; reducing oxide to metal is metal smelting, which needs a licence of its own.',
  expect: 'Metal smelting by a party with no metal-smelting licence: the recycler, its electrolysis event and the metal lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const plan = recyclerMonth(ctx, '2025-07', '2507');
    const oxide = plan.byProduct['oxide-ndpr']!;
    const metal = smelt(s.share(r.recycler.lot(oxide.id), oxide.massGrams), 'RMET-2508-01', 'metal-ndpr');
    w.record(r.recycler, at('2025-09-06', '10:00'), [
      s.process(r.recycler, 'rmet-2508-01', at('2025-08-05'), [{ lot: oxide.id, massGrams: oxide.massGrams }], [metal], { facility: r.recyclingPlant, note: 'fluoride molten-salt electrolysis, cells 1 and 2' }),
    ]);
    return { world: w, find: { parties: [r.recycler.id], events: [r.recycler.event('rmet-2508-01')], lots: [r.recycler.lot('RMET-2508-01')] } };
  },
});
