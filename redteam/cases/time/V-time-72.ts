import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-72',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'June\'s extra electrolysis fed by oxide "received" on 27 June that its seller shipped on 2 July',
  does: 'In June 2025 the Baotou metal smelter ran its cells on 30 t of NdPr oxide bought off the books, and needs a source for the metal. On 07-02 it buys 30 t of NdPr oxide from the separator, which ships it that day and records the shipment on 07-06 with its June report. In its June report (07-07) the smelter books the receipt of that lot as of 06-27 and its electrolysis as of 06-28, so June\'s metal has a feed. The July oxide itself goes to cover the off-book cells\' debt.',
  expect: 'A receipt dated five days before the shipment it receives, and a process fed by it before it was shipped: the smelter\'s backdated receipt and electrolysis, the lot and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02', '09:00'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const lot = r.separator.lot('SEP-2506-NDPR-S2');
    const metal = smelt(s.share(lot, grams), 'MET-2506-02', 'metal-ndpr');
    w.record(r.smelter, at('2025-07-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2506-ndpr2', at('2025-06-27'), lot, grams),
      s.process(r.smelter, 'met-2506-02', at('2025-06-28'), [{ lot, massGrams: grams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis, cells 13–18' }),
    ]);
    return {
      world: w,
      find: { events: [r.smelter.event('rcv-2506-ndpr2'), r.smelter.event('met-2506-02')], lots: [lot], parties: [r.smelter.id] },
    };
  },
});
