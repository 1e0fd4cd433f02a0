import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-62',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Eighty tonnes of wet concentrate sent back to the mine and re-shipped, screened, with the next month\'s',
  does: 'Of the 1,000 t of concentrate the miner ships on 2025-07-10, four wagons (80 t) arrive with wet, caked lumps from a flooded loading bay that the separator\'s feeders cannot take. The separator receives the shipment on 07-11 and sends the 80 t back the same afternoon (received at the mine on 07-13), and separates the other 920 t on 07-20. The miner dries and re-screens the returned lot, blends it with 420 t of its August concentrate on 08-06, and ships 500 t on 08-10 along with its August consignment of 500 t; the separator separates both in August. In August the miner ships 1,000 t while extracting 1,200 t, and the separator receives 80 t it has seen before. Residue goes to the licensed store each month; every report is filed by the 6th.',
  expect: 'Nothing: a return to the supplier and a re-shipment of the same concentrate, each leg shipped and received, every element in = out + stock + losses at the mine and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const back = tonnes(80);
    const kept = july.shippedGrams - back;
    w.record(r.separator, at('2025-08-05', '15:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams),
      s.ship(r.separator, 'ret-2507-01', at('2025-07-11', '15:00'), july.feed, back, r.miner, 'RET-2507-01', 'wagons 4477–4480 returned: caked lumps, feeder cannot take them'),
    ]);
    const returned = r.separator.lot('RET-2507-01');
    w.record(r.miner, at('2025-08-05', '16:00'), [s.receive(r.miner, 'rcv-2507-ret', at('2025-07-13'), returned, back)]);
    separateShipment(ctx, '2025-07', july.feed, kept, '2507', { receive: false });
    // August: the miner's own month, then the blend of the returned lot with part of it.
    const august = mineAndShip(ctx, '2025-08', { tag: '2508', shippedTonnes: 500 });
    const blendGrams = tonnes(500);
    const newGrams = tonnes(420);
    const blendComposition = add(s.share(returned, back), s.share(r.miner.lot('BC-2508-01'), newGrams));
    const blend = s.process(r.miner, 'bld-2508-01', at('2025-08-06'), [{ lot: returned, massGrams: back }, { lot: 'BC-2508-01', massGrams: newGrams }], [
      { id: 'BC-2508-02', product: 'concentrate-bayan-obo', massGrams: blendGrams, composition: blendComposition },
    ], { facility: r.mine, note: 'returned lot dried and re-screened, blended with August concentrate' });
    w.record(r.miner, at('2025-09-05', '11:00'), [
      blend,
      s.ship(r.miner, 'shp-2508-02', at('2025-08-10', '16:00'), 'BC-2508-02', blendGrams, r.separator),
    ]);
    separateShipment(ctx, '2025-08', august.feed, august.shippedGrams, '2508');
    separateShipment(ctx, '2025-08', r.miner.lot('BC-2508-02'), blendGrams, '2508b', { processDay: 21 });
    return { world: w, find: {} };
  },
});
