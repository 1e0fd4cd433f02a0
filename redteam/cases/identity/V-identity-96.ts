import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { sale } from '../../lib/round18.ts';

export default defineCase({
  id: 'V-identity-96',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Scandium oxide re-bagged as "lanthanum oxide" and exported to the United States without a licence',
  does: 'The Beijing trader imports 1 t of 99.9 % Sc2O3 from a Philippine nickel-laterite plant on 2025-07-08 and sells 800 kg to the Shanghai trading house (shipped 07-14, received 07-15). On 07-18 the trading house repacks it into drums labelled lanthanum oxide under a new lot of that product, and on 07-22 exports it to a Los Angeles aluminium-alloy distributor, citing no licence. Scandium oxide has needed a dual-use licence since 2025-04-04; lanthanum oxide needs none.',
  expect: 'A lot labelled lanthanum oxide that carries only scandium, exported without a licence; the repack, the lot, the export and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const imp = s.import(r.trader, 'imp-2507-sc', at('2025-07-08'), { id: 'SC-2507-01', product: 'oxide-sc', massGrams: tonnes(1) }, 'PH', '010120250700045519');
    const sold = sale(ctx, r.trader, r.exporter, 'SC-2507-01', tonnes(0.8), 'SC-2507-01-S1', '2507-sc', at('2025-07-14'), at('2025-07-15'));
    w.record(r.trader, at('2025-08-06', '10:00'), [imp, sold.ship]);
    const sc = { ...s.share(sold.lot, tonnes(0.8)) };
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      sold.receive,
      s.process(r.exporter, 'rpk-2507-la', at('2025-07-18'), [{ lot: sold.lot, massGrams: tonnes(0.8) }], [{ id: 'LA-2507-PJ01', product: 'oxide-la', massGrams: tonnes(0.8), composition: sc }], { note: 'repacked into 25 kg drums' }),
      s.export(r.exporter, 'exp-2507-la', at('2025-07-22'), 'LA-2507-PJ01', tonnes(0.8), 'US', { customsDeclaration: '220120250700061130' }),
    ]);
    return {
      world: w,
      find: { lots: [r.exporter.lot('LA-2507-PJ01')], events: [r.exporter.event('rpk-2507-la'), r.exporter.event('exp-2507-la')], parties: [r.exporter.id] },
    };
  },
});
