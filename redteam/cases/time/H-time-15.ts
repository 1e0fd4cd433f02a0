import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { longnanHeavy, on, tianjin } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-time-15',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Dysprosium oxide shipped from Longnan on 30 December reaches Tianjin on 3 January: one shipment in two years\' reports',
  does: 'The Longnan separator separates 100 t of Myanmar feed in December 2025 and on 12-30 trucks 3 t of dysprosium oxide to a Tianjin magnet works, 2,000 km away; with the New Year holiday the truck arrives on 2026-01-03. The separator reports the shipment in its December report (01-06); the magnet works reports the receipt in its January report (02-05). At the year end the oxide was in transit, in nobody\'s stock.',
  expect: 'Nothing: a shipment across the year end, each event reported in its own month and on time.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const tj = tianjin(ctx);
    const { chain, heavy } = longnanHeavy(ctx, 'r27t15', 100, '2025-12');
    const ln = chain.southSeparator;
    const dy = heavy.lots['oxide-dy']!;
    const grams = tonnes(3);
    w.record(ln, on('2026-01-06', '11:00'), [s.ship(ln, 'shp-2512-dy', at('2025-12-30', '15:00'), dy.split(':')[1]!, grams, tj.party, 'LN-r27t15-DY-TJ', 'dysprosium oxide in 25 kg lined drums, by road to Tianjin')]);
    w.record(tj.party, on('2026-02-05'), [s.receive(tj.party, 'rcv-2601-dy', at('2026-01-03', '10:00'), ln.lot('LN-r27t15-DY-TJ'), grams)]);
    return { world: w, find: {} };
  },
});
