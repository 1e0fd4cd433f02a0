// Estimates (not in shared/DOMAIN.md): 97 % of each element of the SEG oxide into its single oxide.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { exportLicence, jiujiang, jiujiangSegJuly, localOf, on } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-licences-28',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Europium oxide held through the suspension of its control and exported to Korea in December 2026 under a dual-use licence granted on 25 November',
  does: 'A Jiujiang separation plant of the southern group, also registered as an exporter, splits the Baotou separator\'s Sm–Eu–Gd oxide in July 2025 and keeps its 0.93 t of europium oxide. When the suspension of europium\'s dual-use control is due to end on 2026-11-10, it applies for a licence; MOFCOM grants one on 2026-11-25 for europium oxide, 1 t REO, valid for a year. On 2026-12-02 the plant exports 0.8 t to a Korean phosphor maker citing the licence, and reports December on 2027-01-06.',
  expect: 'Nothing: the export is made under a licence of the exporter\'s own, for the product and element, inside its dates and its quantity (0.79 t REO).',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const jj = jiujiang(ctx, { roles: ['separator', 'exporter'] });
    const licence = exportLicence(ctx, jj.party, 'RT26-EXP-JJ-EU', '2026-11-25', '2027-11-24', 1, ['oxide-eu'], ['Eu']);
    const july = jiujiangSegJuly(ctx, jj);
    w.record(jj.party, on('2027-01-06'), [
      s.export(jj.party, 'exp-2612-eu', at('2026-12-02'), localOf(july.eu), tonnes(0.8), 'KR', { licence, customsDeclaration: '400120261200091433', note: 'europium oxide 99.99 %, HS 2846.90, for a Suwon phosphor maker' }),
    ]);
    return { world: w, find: {} };
  },
});
