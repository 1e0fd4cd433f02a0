import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';
import { exportLicence } from '../../lib/round18.ts';
import { heavyTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'H-identity-57',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Yttrium and lanthanum oxides in one container to India: the yttrium under its licence, the lanthanum without',
  does: 'An Indian ceramics group orders 2 t of yttrium oxide and 10 t of lanthanum oxide. The Shanghai trading house holds a dual-use licence for 3 t REO of yttrium oxide (2025-07-01 to 2026-06-30); it buys the yttrium oxide from Longnan (received 2025-07-16) and the lanthanum oxide from the Baotou separator (shipped 07-12, received 07-14), and exports both on 07-25 under one customs declaration, the yttrium citing the licence and the lanthanum, which no control covers, without one.',
  expect: 'Nothing: each lot is what its label says, and the only controlled one travels under a licence that covers it.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const licence = exportLicence(ctx, r.exporter, 'RT-EXP-PJ-Y-2025', ['Y'], ['oxide-y'], '2025-07-01', '2026-06-30', 3);
    const yGrams = tonnes(2);
    const { lot: yLot } = heavyTo(ctx, 'oxide-y', yGrams, r.exporter, '2507-y');
    const laGrams = tonnes(10);
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-la', at('2025-07-12'), 'SEP-2506-LA', laGrams, r.exporter, 'SEP-2506-LA-S1'),
    ]);
    const laLot = r.separator.lot('SEP-2506-LA-S1');
    w.record(r.exporter, at('2025-08-08', '11:00'), [
      s.receive(r.exporter, 'rcv-2507-la', at('2025-07-14'), laLot, laGrams),
      s.export(r.exporter, 'exp-2507-y', at('2025-07-25', '15:00'), yLot, yGrams, 'IN', { licence, customsDeclaration: '220120250700091577' }),
      s.export(r.exporter, 'exp-2507-la', at('2025-07-25', '15:00'), laLot, laGrams, 'IN', { customsDeclaration: '220120250700091577' }),
    ]);
    return { world: w, find: {} };
  },
});
