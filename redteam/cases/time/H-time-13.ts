import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { hefei, longnanHeavy, on } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-time-13',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Gadolinium oxide exported on 3 April 2025, the last day before the dual-use control, under the old export licence',
  does: 'The Longnan separator separates 100 t of Myanmar feed in March 2025 and on 03-20 ships 4 t of gadolinium oxide to a Hefei trading and export house (received 03-22), both reporting March in early April. The house holds an export licence under the old licence catalogue, valid to 2025-04-03, when that regime ended. Hearing of the coming control, it books the first vessel out of Shanghai and exports the oxide to Korea on 04-03, declaring that licence; it reports April on 05-08.',
  expect: 'Nothing: the export took place, and is dated, on the last day the old licence covered, before the dual-use control began; the goods arrived well before.',
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
    w.record(ln, on('2025-04-06', '11:00'), [s.ship(ln, 'shp-2503-gd', at('2025-03-20'), gd.split(':')[1]!, grams, hf, shipment, 'gadolinium oxide in 50 kg drums by road to Hefei')]);
    const lot = ln.lot(shipment);
    w.record(hf, on('2025-04-08'), [s.receive(hf, 'rcv-2503-gd', at('2025-03-22'), lot, grams)]);
    w.record(hf, on('2025-05-08'), [
      s.export(hf, 'exp-2504-gd', at('2025-04-03', '16:00'), lot, grams, 'KR', { licence, customsDeclaration: '220220251000109953', note: 'gadolinium oxide 99.5 %' }),
    ]);
    return { world: w, find: {} };
  },
});
