import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-47',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: '2.4 t of NdPr metal "short-delivered" on the Baotou–Ningbo run reappears two days later as metal off-cuts bought by a Beijing trader',
  does: 'The Baotou metal smelter ships 22 t of NdPr metal to the Ningbo magnet maker on 07-14. The driver and the magnet maker\'s storeman split 2.4 t off; the magnet maker books 19.6 t received on 07-17 with "short delivery, claim with carrier", and no loss is ever declared. On 07-19 the Beijing trader books 2.4 t of "rare earth metal off-cuts" collected from a private Ningbo workshop with no credit code and sells them on to the Ganzhou recycler.',
  expect: 'A transit shortfall matched, in mass, element mix and days, by scrap collected from an unidentified supplier: the trader\'s collection, the short shipment and the trader and magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    w.record(r.smelter, at('2025-08-06', '10:00'), [
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-14'), lots.metal, tonnes(22), r.magnets, 'MET-2506-01-S2', 'sealed drums, Baotou–Ningbo road'),
    ]);
    const shipment = r.smelter.lot('MET-2506-01-S2');
    w.record(r.magnets, at('2025-08-07', '10:00'), [
      s.receive(r.magnets, 'rcv-2507-met', at('2025-07-17'), shipment, tonnes(19.6), 'short delivery, claim with carrier'),
    ]);
    w.record(r.trader, at('2025-08-07', '14:00'), [
      s.collect(r.trader, 'col-2507-off', at('2025-07-19'), { id: 'TR-2507-OFF', product: 'scrap-re-metal', massGrams: tonnes(2.4), composition: { Pr: 594_000, Nd: 1_782_000 } }, { name: '宁波鄞州个体加工点（无证）' }),
      s.ship(r.trader, 'shp-2507-off', at('2025-07-22'), 'TR-2507-OFF', tonnes(2.4), r.recycler),
    ]);
    w.record(r.recycler, at('2025-08-08', '10:00'), [s.receive(r.recycler, 'rcv-2507-off', at('2025-07-24'), r.trader.lot('TR-2507-OFF'), tonnes(2.4))]);
    return {
      world: w,
      find: { parties: [r.trader.id, r.magnets.id], lots: [r.trader.lot('TR-2507-OFF'), shipment], events: [r.trader.event('col-2507-off'), r.magnets.event('rcv-2507-met')] },
    };
  },
});
