// Estimates (not in shared/DOMAIN.md): 97 % of each element of the SEG oxide into its single oxide.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { jiujiang, jiujiangSegJuly, localOf, on } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-licences-28',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Europium oxide exported to Korea on 20 November 2026, ten days after the suspension of its dual-use control ended, with no licence',
  does: 'A Jiujiang separation plant of the southern group, also registered as an exporter, splits the Baotou separator\'s Sm–Eu–Gd oxide in July 2025 and keeps its 0.93 t of europium oxide while prices are low. Europium was added to the dual-use list on 2025-10-09, but the control was suspended until 2026-11-10. On 2026-11-20 the plant exports 0.8 t of the europium oxide to a Korean phosphor maker under its 2026 sales contract, without applying for a licence ("europium has never needed one"). It reports November on 2026-12-04.',
  expect: 'A controlled oxide exported without a licence after its control came into force: the export, the europium oxide lot and the plant.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const jj = jiujiang(ctx, { roles: ['separator', 'exporter'] });
    const july = jiujiangSegJuly(ctx, jj);
    w.record(jj.party, on('2026-12-04'), [
      s.export(jj.party, 'exp-2611-eu', at('2026-11-20'), localOf(july.eu), tonnes(0.8), 'KR', { customsDeclaration: '400120261100087261', note: 'europium oxide 99.99 %, HS 2846.90, for a Suwon phosphor maker' }),
    ]);
    return {
      world: w,
      find: { parties: [jj.party.id], lots: [july.eu], events: [jj.party.event('exp-2611-eu')] },
    };
  },
});
