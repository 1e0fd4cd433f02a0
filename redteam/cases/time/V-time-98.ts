import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { sale } from '../../lib/round18.ts';

export default defineCase({
  id: 'V-time-98',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A July sale of 25 t of NdPr oxide kept off both books until the VAT invoice was issued in October',
  does: 'The separator sells 25 t of June\'s NdPr oxide to the Beijing trader on 2025-07-08; the trader collects it on 07-09 and resells part of it for cash. Neither files the movement in its July report: the buyer pays late, the invoice is issued only on 10-15, and on 10-16 both record the July shipment and receipt, correctly dated, as if the goods had moved with the paper. For three months the oxide was in the separator\'s declared stock and nowhere.',
  expect: 'A shipment and its receipt entered three months after they happened, by both parties, long after the deadline of 10 August; both events, the lot and both parties.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    const month = honestMonth(ctx, '2025-06');
    const local = month.ndprOxide.split(':')[1]!;
    const sold = sale(ctx, r.separator, r.trader, local, tonnes(25), `${local}-T1`, '2507-tr', at('2025-07-08', '14:00'), at('2025-07-09', '10:00'));
    w.record(r.separator, at('2025-10-16', '10:00'), [sold.ship]);
    w.record(r.trader, at('2025-10-16', '15:00'), [sold.receive]);
    return {
      world: w,
      find: { events: [r.separator.event('shp-2507-tr'), r.trader.event('rcv-2507-tr')], lots: [sold.lot], parties: [r.separator.id, r.trader.id] },
    };
  },
});
