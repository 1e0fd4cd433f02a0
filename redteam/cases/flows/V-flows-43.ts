import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-43',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'NdPr oxide parked at the radioactive-residue store for five weeks, then released by the store to the Beijing trader',
  does: 'On 2025-07-03 the Baotou separator sends 25 t of NdPr oxide to the licensed residue disposer, "for temporary storage" (its warehouse is "full"); the disposer receives it the next day and stores nothing. On 2025-08-12 the disposer, not the separator, ships the 25 t to the Beijing trader, which receives it on 08-13. The oxide leaves the separator\'s books in July, sits with a party that trades no product, and reaches the market from a residue store, so neither sale is the separator\'s.',
  expect: 'Saleable oxide passing through the residue store and sold on by it: a disposer handling and selling a separated product; the disposer\'s shipment, the oxide lot and the disposer.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(25);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-park', at('2025-07-03', '09:00'), june.ndprOxide, grams, r.disposer, 'SEP-2506-NDPR-S2', 'temporary storage, warehouse full')]);
    const lot = r.separator.lot('SEP-2506-NDPR-S2');
    w.record(r.disposer, at('2025-08-07', '10:00'), [s.receive(r.disposer, 'rcv-2507-park', at('2025-07-04', '10:00'), lot, grams)]);
    w.record(r.disposer, at('2025-09-07', '10:00'), [s.ship(r.disposer, 'shp-2508-ndpr', at('2025-08-12', '14:00'), lot, grams, r.trader)]);
    w.record(r.trader, at('2025-09-08', '10:00'), [s.receive(r.trader, 'rcv-2508-ndpr', at('2025-08-13', '11:00'), lot, grams)]);
    return { world: w, find: { events: [r.disposer.event('shp-2508-ndpr'), r.separator.event('shp-2507-park')], lots: [lot], parties: [r.disposer.id] } };
  },
});
