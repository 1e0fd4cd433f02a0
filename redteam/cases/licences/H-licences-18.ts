// Figures from heavy.ts: 100 t of Myanmar high-yttrium concentrate separated at 96 % into single oxides
// (99 % REO).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { exportLicence, guangzhou, longnanHeavy, on } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-licences-18',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Guangzhou house uses 2.96 t REO of a 3 t REO dysprosium licence in two exports, the second on the licence\'s last day',
  does: 'A Guangzhou trading and export house holds a dual-use export licence for 3 t REO of dysprosium oxide for one contract, valid 2025-07-01 to 2025-09-30. It buys 3 t of Dy2O3 from the Longnan separator (received 2025-07-16) and exports 1.5 t to a Japanese magnet maker on 07-22 and 1.49 t on 09-30 at 16:00, the licence\'s last day, as the contract\'s second call-off; the 10 kg left are the drum residues it keeps as samples. It reports July on 08-07 and September on 10-08.',
  expect: 'Nothing: both exports are the holder\'s, of the licensed oxide, inside the licence\'s dates, and together 2.96 t REO within its 3 t.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const { chain, heavy } = longnanHeavy(ctx, '2507', 100);
    const gz = guangzhou(ctx);
    const licence = exportLicence(ctx, gz, 'RT28-EXP-GZ-DY', '2025-07-01', '2025-09-30', 3, ['oxide-dy'], ['Dy']);
    const lot = sellOxide(ctx, chain, heavy, 'oxide-dy', tonnes(3), gz, '2025-07', 'r28-gz');
    w.record(gz, on('2025-08-07', '15:00'), [
      s.export(gz, 'exp-2507-dy', at('2025-07-22'), lot, tonnes(1.5), 'JP', { licence, customsDeclaration: '515220250700061120', note: 'dysprosium oxide 99.5 %, first call-off' }),
    ]);
    w.record(gz, on('2025-10-08'), [
      s.export(gz, 'exp-2509-dy', at('2025-09-30', '16:00'), lot, tonnes(1.49), 'JP', { licence, customsDeclaration: '515220250900074456', note: 'dysprosium oxide 99.5 %, second call-off' }),
    ]);
    return { world: w, find: {} };
  },
});
