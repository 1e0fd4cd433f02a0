// Figures from heavy.ts: 100 t of Myanmar high-yttrium concentrate separated at 96 % into single oxides.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { exportLicence, guangzhou, longnanHeavy, on } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-licences-18',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Guangzhou house exports 1.5 t of dysprosium oxide to Korea on the licence number of a Shanghai exporter',
  does: 'A Guangzhou trading and export house buys 1.5 t of Dy2O3 from the Longnan separator (shipped 2025-07-15, received 07-16). It holds no dual-use export licence; the Shanghai exporter it deals with holds one for 5 t REO of dysprosium oxide (2025-07-01 to 2026-06-30). On 08-05 the Guangzhou house exports the oxide to a Korean magnet maker and enters the Shanghai company\'s licence number on its declaration, as its broker was told it could "borrow". It reports August on 09-05.',
  expect: 'An export of a controlled oxide under a licence held by another party: the export, the oxide lot and the Guangzhou house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { chain, heavy } = longnanHeavy(ctx, '2507', 100);
    const gz = guangzhou(ctx);
    const licence = exportLicence(ctx, r.exporter, 'RT28-EXP-SH-DY', '2025-07-01', '2026-06-30', 5, ['oxide-dy'], ['Dy']);
    const grams = tonnes(1.5);
    const lot = sellOxide(ctx, chain, heavy, 'oxide-dy', grams, gz, '2025-07', 'r28-gz');
    w.record(gz, on('2025-09-05'), [
      s.export(gz, 'exp-2508-dy', at('2025-08-05'), lot, grams, 'KR', { licence, customsDeclaration: '515220250800087341', note: 'dysprosium oxide 99.5 %, HS 2846.90' }),
    ]);
    return { world: w, find: { parties: [gz.id], lots: [lot], events: [gz.event('exp-2508-dy')] } };
  },
});
