import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-46',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Privately leached high-yttrium clay oxide booked as Bayan Obo concentrate in a licensed northern miner\'s extraction',
  does: 'A broker brings 65 t of mixed oxide leached illegally from high-Y clays in southern Jiangxi to Baotou. The Bayan Obo miner blends it into its books as 120 t of "Bayan Obo concentrate, 50 % REO" extracted on 07-09, and ships it to the Baotou separator on 07-12. Its assay certificate shows the truth: two thirds of the REO is yttrium and heavy rare earths, where Bayan Obo concentrate is over 95 % light rare earths.',
  expect: 'A lot whose element mix cannot come from the mine it is booked to: the extraction, its lot (and the shipment) and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    // 65 t of high-Y oxide at 92 % REO spread over 120 t of "concentrate": about 50 % REO.
    const composition = scale(typical('concentrate-ionic-high-y', tonnes(65)), 1);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-02', at('2025-07-09'), r.mine, { id: 'BC-2507-02', product: 'concentrate-bayan-obo', massGrams: tonnes(120), composition }),
      s.ship(r.miner, 'shp-2507-02', at('2025-07-12', '14:00'), 'BC-2507-02', tonnes(120), r.separator, 'BC-2507-02-S1'),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-02', at('2025-07-13'), r.miner.lot('BC-2507-02-S1'), tonnes(120))]);
    return { world: w, find: { parties: [r.miner.id], lots: [r.miner.lot('BC-2507-02'), r.miner.lot('BC-2507-02-S1')], events: [r.miner.event('ext-2507-02')] } };
  },
});
