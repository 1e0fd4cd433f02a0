import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-32',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'NdPr oxide sold through a trader to a recycler and bought back as "recycled" oxide',
  does: 'The separator sells 20 t of its June NdPr oxide to the Beijing trader on 2025-07-03. The trader sells it on to the Ganzhou recycler on 07-08. The recycler books a "purification" on 07-15 (re-dissolved and re-precipitated, 99.5 % recovered) that gives it a new lot, 19.9 t of NdPr oxide it labels recycled, and sells that to the separator on 07-22, which blends it into the oxide it sells as "containing recycled content". Nothing was recycled: the separator\'s own oxide went round three parties, changed its lot id at the recycler, and came home as recycled material, each leg invoiced.',
  expect: 'A round trip: oxide returns to the party that sold it three legs earlier under a new lot id, through a recycler that never had scrap; the recycler\'s re-lotting, the return shipment and the three parties.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    const sold = r.separator.lot('SEP-2506-NDPR-T1');
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-t1', at('2025-07-03'), 'SEP-2506-NDPR', grams, r.trader, 'SEP-2506-NDPR-T1')]);
    w.record(r.trader, at('2025-08-06', '12:00'), [
      s.receive(r.trader, 'rcv-2507-t1', at('2025-07-04'), sold, grams),
      s.ship(r.trader, 'shp-2507-rc', at('2025-07-08'), sold, grams, r.recycler),
    ]);
    const back = scale(s.lot(sold).composition, 0.995);
    const relot = { id: 'RC-2507-NDPR-R', product: 'oxide-ndpr', massGrams: oxideMass(back), composition: back };
    w.record(r.recycler, at('2025-08-07', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-rc', at('2025-07-09'), sold, grams),
      s.process(r.recycler, 'pur-2507-01', at('2025-07-15'), [{ lot: sold, massGrams: grams }], [relot], { facility: r.recyclingPlant, note: 'purification: re-dissolved, re-precipitated, calcined; recycled NdPr oxide' }),
      s.ship(r.recycler, 'shp-2507-sep', at('2025-07-22'), relot.id, relot.massGrams, r.separator),
    ]);
    w.record(r.separator, at('2025-08-08', '10:00'), [s.receive(r.separator, 'rcv-2507-rc', at('2025-07-23'), r.recycler.lot(relot.id), relot.massGrams)]);
    return {
      world: w,
      find: {
        events: [r.recycler.event('pur-2507-01'), r.recycler.event('shp-2507-sep'), r.separator.event('rcv-2507-rc')],
        lots: [r.recycler.lot(relot.id), sold],
        parties: [r.recycler.id, r.separator.id, r.trader.id],
      },
    };
  },
});
