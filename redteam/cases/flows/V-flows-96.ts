import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-96',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Six tonnes of NdPr metal "rejected at the gate and sent back on the same truck", never shipped back nor received',
  does: 'The metal smelter ships 15 t of June\'s NdPr metal to the Ningbo magnet maker on 2025-07-10. The magnet maker books 9 t received on 07-11, noting "6 t rejected at the gate for surface oxidation, returned on the same truck". No return is ever shipped: the smelter books no receipt, no adjustment, nothing. The 6 t were dropped at a Yuyao workshop on the way and paid in cash.',
  expect: 'A 40 % shortfall on a receipt of dry metal in sealed drums, explained as a return that never reaches its shipper; the shipment, the receipt and the lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = honestMonth(ctx, '2025-06');
    const local = month.metal.split(':')[1]!;
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-10', '06:00'), local, tonnes(15), r.magnets, `${local}-S2`, 'one 20 ft container, 60 sealed drums'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      s.receive(r.magnets, 'rcv-2507-met', at('2025-07-11', '16:00'), r.smelter.lot(`${local}-S2`), tonnes(9), '6 t rejected at the gate for surface oxidation, returned on the same truck'),
    ]);
    return {
      world: w,
      find: { events: [r.smelter.event('shp-2507-met'), r.magnets.event('rcv-2507-met')], lots: [r.smelter.lot(`${local}-S2`)] },
    };
  },
});
