import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-72',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide handed across the fence: shipped and received in the same minute, reduced that evening',
  does: 'The separator and the metal smelter sit side by side in the Baotou rare earth park, and oxide crosses the fence by forklift through a shared weighbridge: the separator\'s dispatch and the smelter\'s receipt are the same weighing. On 07-08 at 14:00, 30 t of NdPr oxide cross; both record 14:00. The smelter charges it to its cells at 20:00 the same day. Both report July on time.',
  expect: 'Nothing: a receipt at the same minute as its shipment is not before it; a transfer across a shared weighbridge takes no time.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-08', '14:00'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S2', 'shared weighbridge, ticket 25-07-0811')]);
    const lot = r.separator.lot('SEP-2506-NDPR-S2');
    const metal = smelt(s.share(lot, grams), 'MET-2507-01', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-08', '14:00'), lot, grams, 'shared weighbridge, ticket 25-07-0811'),
      s.process(r.smelter, 'met-2507-01', at('2025-07-08', '20:00'), [{ lot, massGrams: grams }], [metal], { facility: r.metalPlant }),
    ]);
    return { world: w, find: {} };
  },
});
