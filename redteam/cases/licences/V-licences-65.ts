import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recycleMagnets } from '../../lib/round11.ts';

export default defineCase({
  id: 'V-licences-65',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A recycler runs a rented electrolysis cell in its plant and turns its recycled NdPr oxide into metal, with no smelting licence',
  does: 'In July 2025 the Ganzhou recycler collects 100 t of end-of-life NdFeB magnets (07-02), leaches them into NdPr, dysprosium and terbium oxides (07-10) and sends the leach residue to a licensed landfill. On 07-25 it reduces its NdPr oxide to metal in two fluoride electrolysis cells it has installed in its recycling plant, to sell metal straight to magnet makers. Metal smelting is a licensed activity of its own; the recycler holds only a recycling licence. It reports July on 08-07.',
  expect: 'Metal smelting by a party without a metal-smelting licence: the recycler\'s electrolysis and its metal lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const rec = recycleMagnets(ctx);
    const metal = smelt(s.share(r.recycler.lot(rec.oxide), rec.oxideGrams), 'RMET-2507-01', 'metal-ndpr');
    w.record(r.recycler, at('2025-08-07', '10:00'), [
      ...rec.events,
      s.process(r.recycler, 'met-2507-01', at('2025-07-25'), [{ lot: rec.oxide, massGrams: rec.oxideGrams }], [metal], { facility: r.recyclingPlant, note: 'fluoride molten-salt electrolysis, two 6 kA cells' }),
    ]);
    return { world: w, find: { events: [r.recycler.event('met-2507-01')], lots: [r.recycler.lot(metal.id)] } };
  },
});
