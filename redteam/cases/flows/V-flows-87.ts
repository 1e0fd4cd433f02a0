import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld, local } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-flows-87',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Twenty tonnes of NdPr oxide bounced six times between two trading houses in two days, a VAT invoice at each leg, then sold to the smelter',
  does: 'The Beijing trader buys 20 t of NdPr oxide from the Baotou separator (shipped 2025-07-08, received 07-09). On 07-14 and 07-15 the same lot, never leaving a bonded warehouse in Baotou, is "sold" from the Beijing trader to the Shanghai trading house and back three times: six legs, each entered within the hour and each with a VAT special invoice for about ¥9 M, turning ¥54 M of sales out of one consignment. On 07-16 the Beijing trader sells the lot to the Baotou metal smelter, which receives it on 07-17.',
  expect: 'A lot that goes round and round between two houses with no change of place or form: the legs\' shipments, the lot, and both trading houses.',
  build() {
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const ndpr = local(june.ndprOxide);
    const grams = tonnes(20);
    w.record(r.separator, at('2025-07-08', '18:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-08'), ndpr, grams, r.trader, `${ndpr}-S2`)]);
    const lot = r.separator.lot(`${ndpr}-S2`);
    w.record(r.trader, at('2025-07-09', '18:00'), [s.receive(r.trader, 'rcv-2507-01', at('2025-07-09'), lot, grams)]);
    const legs: [string, string][] = [['2025-07-14', '09:00'], ['2025-07-14', '13:00'], ['2025-07-14', '16:30'], ['2025-07-15', '09:00'], ['2025-07-15', '13:00'], ['2025-07-15', '16:30']];
    const ships: string[] = [];
    legs.forEach(([day, clock], i) => {
      const [from, to] = i % 2 === 0 ? [r.trader, r.exporter] : [r.exporter, r.trader];
      const minute = clock.replace(':00', ':20').replace(':30', ':50');
      w.record(from, at(day, minute), [s.ship(from, `leg-${i + 1}-shp`, at(day, clock), lot, grams, to, undefined, `bonded warehouse BT-07, bay 12; VAT invoice 2507${String(4411 + i)}`)]);
      w.record(to, at(day, minute.replace(':20', ':40').replace(':50', ':55')), [s.receive(to, `leg-${i + 1}-rcv`, at(day, minute), lot, grams)]);
      ships.push(from.event(`leg-${i + 1}-shp`));
    });
    w.record(r.trader, at('2025-07-16', '18:00'), [s.ship(r.trader, 'shp-2507-sm', at('2025-07-16', '10:00'), lot, grams, r.smelter)]);
    w.record(r.smelter, at('2025-08-07', '10:00'), [s.receive(r.smelter, 'rcv-2507-sm', at('2025-07-17'), lot, grams)]);
    return { world: w, find: { events: ships, lots: [lot], parties: [r.trader.id, r.exporter.id] } };
  },
});
