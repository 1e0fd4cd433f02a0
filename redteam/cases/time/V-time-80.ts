import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-80',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'NdPr metal "received" in Ningbo 40 minutes after it left Baotou by rail, so June\'s magnets have a feed',
  does: 'In late June the Ningbo magnet maker sintered far more than its metal in store allowed, on NdPr metal bought off the books. It needs a paper source dated June. The Baotou smelter ships it 20 t of metal on 06-30 at 08:00 by rail container (Baotou to Ningbo is some 1,700 km and three to four days); the magnet maker records the receipt on 06-30 at 08:40 and a sintering campaign that afternoon consuming this lot and its 06-29 lot. The container really arrives on 07-03. Both report June by the 8th of July.',
  expect: 'A receipt no transport could make: 1,700 km in 40 minutes. The backdated receipt, the sintering that rests on it, the lot and the magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    w.record(r.smelter, at('2025-07-07', '12:00'), [s.ship(r.smelter, 'shp-2506-met2', at('2025-06-30', '08:00'), 'MET-2506-01', grams, r.magnets, 'MET-2506-01-S2', 'rail container, Baotou East to Ningbo Beilun')]);
    const second = r.smelter.lot('MET-2506-01-S2');
    const receive = s.receive(r.magnets, 'rcv-2506-met2', at('2025-06-30', '08:40'), second, grams);
    const { magnets, swarf } = sinter(add(s.share(june.metalShipment, grams), s.share(second, grams)), '2506');
    w.record(r.magnets, at('2025-07-08', '12:00'), [
      receive,
      s.process(r.magnets, 'sin-2506-01', at('2025-06-30', '14:00'), [{ lot: june.metalShipment, massGrams: grams }, { lot: second, massGrams: grams }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, jet milling, pressing, sintering, grinding' }),
    ]);
    return {
      world: w,
      find: { events: [r.magnets.event('rcv-2506-met2'), r.magnets.event('sin-2506-01')], lots: [second], parties: [r.magnets.id] },
    };
  },
});
