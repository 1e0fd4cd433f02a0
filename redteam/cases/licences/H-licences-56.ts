import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { smcoChain } from '../../lib/round10.ts';
import { juneWorld } from '../../lib/round17.ts';
import { exportLicence } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-licences-56',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'One samarium licence whose scope names both the oxide and Sm2Co17 magnets, used for magnets to the United States',
  does: 'The Shanghai trading house\'s dual-use licence (2025-07-01 to 2026-06-30, 2 t REO) names samarium oxide and Sm2Co17 magnets, since its US customer buys both. The Ningbo magnet maker sinters Sm2Co17 magnets in August from chain samarium; the trading house buys 5 t (shipped 08-12, received 08-13) and exports them to the US on 08-20, citing the licence; 5 t of magnets at 25 % samarium are about 1.45 t REO. August is reported in early September.',
  expect: 'Nothing: the licence covers the item, its element and the quantity, on the day of the export.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const licence = exportLicence(ctx, r.exporter, 'RT-EXP-PJ-SM-2025', ['Sm'], ['oxide-sm', 'magnet-smco'], '2025-07-01', '2026-06-30', 2);
    const chain = smcoChain(ctx);
    const grams = Math.min(5_000_000, chain.magnetGrams);
    w.record(r.magnets, at('2025-09-08', '11:00'), [
      s.ship(r.magnets, 'shp-2508-smco', at('2025-08-12'), 'SMCO-2508-01', grams, r.exporter, 'SMCO-2508-01-S1', 'boxed magnets, magnetised'),
    ]);
    const lot = r.magnets.lot('SMCO-2508-01-S1');
    w.record(r.exporter, at('2025-09-08', '14:00'), [
      s.receive(r.exporter, 'rcv-2508-smco', at('2025-08-13'), lot, grams),
      s.export(r.exporter, 'exp-2508-smco', at('2025-08-20', '15:00'), lot, grams, 'US', { licence, customsDeclaration: '220120250800110357' }),
    ]);
    return { world: w, find: {} };
  },
});
