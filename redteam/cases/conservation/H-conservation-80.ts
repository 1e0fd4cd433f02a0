import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-80',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Lanthanum oxide in store gains 0.5 % in weight from air, booked as a mass-only count surplus',
  does: 'Lanthanum oxide is strongly hygroscopic: in store it takes up water and carbon dioxide from the air and slowly turns to hydroxide and carbonate, so a pile weighs more each month (the trade sells it on a loss-on-ignition basis). The Baotou separator sells 40 t of its June lanthanum oxide to the Beijing trader on 07-15 (received 07-16). At the month-end count on 07-31 the remaining 84.7 t weigh 0.42 t more than the books say; it records a stock adjustment of +0.42 t with no rare earths added, "La2O3 takes up H2O and CO2 in store; loss on ignition 0.5 %; REO content unchanged". Everyone reports on time.',
  expect: 'Nothing: the lot gains mass, not rare earths; no element appears, and the adjustment is declared as what it is.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const sold = tonnes(40);
    const shipment = 'SEP-2506-LA-T1';
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-la', at('2025-07-15'), 'SEP-2506-LA', sold, r.trader, shipment),
      s.adjust(r.separator, 'adj-2507-la', at('2025-07-31', '18:00'), 'SEP-2506-LA', Math.round(s.lot(r.separator.lot('SEP-2506-LA')).massGrams * 0.005), 'month-end count: La2O3 takes up H2O and CO2 in store; loss on ignition 0.5 %; REO content unchanged'),
    ]);
    w.record(r.trader, at('2025-08-07', '10:00'), [s.receive(r.trader, 'rcv-2507-la', at('2025-07-16', '10:00'), r.separator.lot(shipment), sold)]);
    return { world: w, find: {} };
  },
});
