import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-73',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide delivered across town in twelve 3 t truckloads over three days, each received the next morning',
  does: 'The Baotou separator sells 36 t of its June NdPr oxide to the Baotou smelter and trucks it in twelve 3 t loads, four a day on 2025-07-14, 15 and 16 (the smelter\'s yard takes no more), each load its own shipment and each received the next morning. The smelter keeps the oxide for its August campaign. Both report on time.',
  expect: 'Nothing: one sale split into many loads, every load shipped, received and still held.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const ndprId = june.ndprOxide.split(':')[1]!;
    const loads = Array.from({ length: 12 }, (_, i) => ({ n: String(i + 1).padStart(2, '0'), day: 14 + Math.floor(i / 4), hour: `${String(8 + (i % 4) * 2).padStart(2, '0')}:00` }));
    w.record(r.separator, at('2025-08-06', '10:00'), loads.map((l) => s.ship(r.separator, `shp-2507-t${l.n}`, at(`2025-07-${l.day}`, l.hour), ndprId, tonnes(3), r.smelter, `NDPR-2507-T${l.n}`, `truck load ${l.n} of 12`)));
    w.record(r.smelter, at('2025-08-07', '10:00'), loads.map((l) => s.receive(r.smelter, `rcv-2507-t${l.n}`, at(`2025-07-${l.day + 1}`, l.hour), r.separator.lot(`NDPR-2507-T${l.n}`), tonnes(3))));
    return { world: w, find: {} };
  },
});
