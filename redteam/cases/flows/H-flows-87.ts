import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld, local } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-flows-87',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A Shanghai house buys 20 t of NdPr oxide from the Beijing trader for a tender it loses, and sells it back five weeks later',
  does: 'The Beijing trader buys 20 t of NdPr oxide from the Baotou separator (shipped 2025-07-02, received 07-03) and sells it on 07-07 to the Shanghai trading house, which bids it in a Korean magnet maker\'s tender (received 07-08). The tender goes to a Japanese bidder; with prices falling, the Shanghai house sells the lot back to the Beijing trader on 08-12 (received 08-13) at a loss, and the Beijing trader sells it to the Baotou metal smelter on 08-20 (received 08-21). Each party reports its months by the 7th.',
  expect: 'Nothing: two sales between traders five weeks apart, each with a commercial reason, and the oxide used in the end.',
  build() {
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const ndpr = local(june.ndprOxide);
    const grams = tonnes(20);
    w.record(r.separator, at('2025-08-06', '09:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), ndpr, grams, r.trader, `${ndpr}-S2`)]);
    const lot = r.separator.lot(`${ndpr}-S2`);
    w.record(r.trader, at('2025-08-06', '10:00'), [
      s.receive(r.trader, 'rcv-2507-01', at('2025-07-03'), lot, grams),
      s.ship(r.trader, 'shp-2507-01', at('2025-07-07'), lot, grams, r.exporter, undefined, 'for the Korean tender KT-2025-071'),
    ]);
    w.record(r.exporter, at('2025-08-07', '10:00'), [s.receive(r.exporter, 'rcv-2507-01', at('2025-07-08'), lot, grams)]);
    w.record(r.exporter, at('2025-09-05', '10:00'), [s.ship(r.exporter, 'shp-2508-01', at('2025-08-12'), lot, grams, r.trader, undefined, 'tender lost; sold back at ¥418/kg')]);
    w.record(r.trader, at('2025-09-06', '10:00'), [
      s.receive(r.trader, 'rcv-2508-01', at('2025-08-13'), lot, grams),
      s.ship(r.trader, 'shp-2508-02', at('2025-08-20'), lot, grams, r.smelter),
    ]);
    w.record(r.smelter, at('2025-09-07', '10:00'), [s.receive(r.smelter, 'rcv-2508-02', at('2025-08-21'), lot, grams)]);
    return { world: w, find: {} };
  },
});
