import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { hefei, longnanHeavy, on } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-time-13',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A gadolinium oxide export of 9 April dated 2 April, before the dual-use control, on oxide that left Longnan on the 5th',
  does: 'The Longnan separator separates 100 t of Myanmar feed in March 2025. On 2025-04-05 it trucks 4 t of gadolinium oxide to a Hefei trading and export house, and files the shipment truthfully in its April report (05-06). The Hefei house held an export licence under the old licence catalogue, which ended on 04-03; from 04-04 gadolinium oxide needs a dual-use licence, which it does not have. It exports the oxide to Korea on 04-09, and in its April report (05-08) dates its receipt 04-01 and the export 04-02, inside the old regime. Its receipt and export are dated before the separator shipped the oxide.',
  expect: 'An export and a receipt dated before the shipment that brought the goods: backdated to escape a control. The export, the receipt, the lot and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const hf = hefei(ctx);
    const licence = w.licence({ id: 'RT27-EXP-HF-CAT', party: hf.id, activity: 'export', validFrom: '2025-01-01', validTo: '2025-04-03', capacityTonnesReo: 20, scope: { products: ['oxide-gd', 'oxide-y', 'oxide-la', 'oxide-ce'] } });
    const { chain, heavy } = longnanHeavy(ctx, 'r27t13', 100, '2025-03');
    const ln = chain.southSeparator;
    const gd = heavy.lots['oxide-gd']!;
    const grams = tonnes(4);
    const shipment = 'LN-r27t13-GD-HF';
    w.record(ln, on('2025-05-06'), [s.ship(ln, 'shp-2504-gd', at('2025-04-05'), gd.split(':')[1]!, grams, hf, shipment, 'gadolinium oxide in 50 kg drums by road to Hefei')]);
    const lot = ln.lot(shipment);
    w.record(hf, on('2025-05-08'), [
      s.receive(hf, 'rcv-2504-gd', at('2025-04-01'), lot, grams),
      s.export(hf, 'exp-2504-gd', at('2025-04-02'), lot, grams, 'KR', { licence, customsDeclaration: '220220251000114726', note: 'gadolinium oxide 99.5 %' }),
    ]);
    return {
      world: w,
      find: { parties: [hf.id], lots: [lot], events: [hf.event('exp-2504-gd'), hf.event('rcv-2504-gd')] },
    };
  },
});
