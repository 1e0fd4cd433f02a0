import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { exportLicence, sale } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-identity-96',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Imported scandium oxide repacked into 25 kg drums and re-exported to Germany under a licence naming scandium',
  does: 'The Beijing trader imports 1 t of 99.9 % Sc2O3 from the Philippines on 2025-07-08 and sells 800 kg to the Shanghai trading house (received 07-15). The trading house holds a dual-use export licence for 1 t REO of scandium oxide, valid from 2025-07-01; on 07-18 it repacks the oxide into 25 kg drums for a German maker of scandia-stabilised zirconia, keeping the product, and exports it on 07-22 citing the licence.',
  expect: 'Nothing: a controlled oxide exported under a licence whose element, product, quantity and dates cover it; the repack changes nothing but the drums.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const licence = exportLicence(ctx, r.exporter, 'RT-EXP-PJ-SC-2025', ['Sc'], ['oxide-sc'], '2025-07-01', '2026-06-30', 1);
    const imp = s.import(r.trader, 'imp-2507-sc', at('2025-07-08'), { id: 'SC-2507-01', product: 'oxide-sc', massGrams: tonnes(1) }, 'PH', '010120250700045519');
    const sold = sale(ctx, r.trader, r.exporter, 'SC-2507-01', tonnes(0.8), 'SC-2507-01-S1', '2507-sc', at('2025-07-14'), at('2025-07-15'));
    w.record(r.trader, at('2025-08-06', '10:00'), [imp, sold.ship]);
    const sc = { ...s.share(sold.lot, tonnes(0.8)) };
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      sold.receive,
      s.process(r.exporter, 'rpk-2507-sc', at('2025-07-18'), [{ lot: sold.lot, massGrams: tonnes(0.8) }], [{ id: 'SC-2507-PJ01', product: 'oxide-sc', massGrams: tonnes(0.8), composition: sc }], { note: 'repacked into 25 kg drums' }),
      s.export(r.exporter, 'exp-2507-sc', at('2025-07-22'), 'SC-2507-PJ01', tonnes(0.8), 'DE', { licence, customsDeclaration: '220120250700061130' }),
    ]);
    return { world: w, find: {} };
  },
});
