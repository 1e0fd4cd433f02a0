import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { southHeavy } from '../../lib/round16.ts';
import { exportLicence } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-identity-97',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Samarium oxide from the Longnan cascade exported to a Houston SmCo maker under a licence naming samarium oxide',
  does: 'The Longnan separator separates 100 t of imported Myanmar high-yttrium concentrate in July 2025, 2 t of it samarium oxide, and sells that to the Shanghai trading house on 07-15 (received 07-16). The trading house holds a dual-use licence for 3 t REO of samarium oxide, valid from 2025-07-01, and exports the 2 t to a Houston maker of SmCo magnets on 07-22 citing it.',
  expect: 'Nothing: a controlled oxide, labelled as what it is, exported inside its licence\'s element, product, quantity and dates.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const licence = exportLicence(ctx, r.exporter, 'RT-EXP-PJ-SM-2025', ['Sm'], ['oxide-sm'], '2025-07-01', '2026-06-30', 3);
    const { south, heavy } = southHeavy(ctx, '2025-07', '2507');
    const lot = sellOxide(ctx, south, heavy, 'oxide-sm', tonnes(2), r.exporter, '2025-07', '2507-sm');
    w.record(r.exporter, at('2025-08-08', '11:00'), [
      s.export(r.exporter, 'exp-2507-sm', at('2025-07-22'), lot, tonnes(2), 'US', { licence, customsDeclaration: '220120250700061577' }),
    ]);
    return { world: w, find: {} };
  },
});
