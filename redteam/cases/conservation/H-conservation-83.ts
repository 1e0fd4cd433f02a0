// Estimates (not in DOMAIN.md): chloride at 45 % REO (the catalogue's).
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-conservation-83',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Lanthanum oxide dissolved into lanthanum chloride for a cracking-catalyst maker: 20 t of oxide become 44 t of chloride',
  does: 'A Lanzhou FCC catalyst maker exchanges lanthanum into its zeolite from lanthanum chloride. On 2025-07-08 the Baotou separator dissolves 20 t of its June lanthanum oxide in hydrochloric acid and crystallises 44 t of lanthanum chloride (45 % REO), and delivers 40 t of it on 07-15, sector petroleum-refining. The lot more than doubles in weight; its lanthanum does not change. July is reported on 08-06.',
  expect: 'Nothing: chloride and water of crystallisation add weight, not lanthanum; the chloride holds the oxide\'s lanthanum.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const oxide = tonnes(20);
    const la = s.share(r.separator.lot('SEP-2506-LA'), oxide);
    const chlorideGrams = oxideMass(la, 0.45);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.process(r.separator, 'chl-2507-la', at('2025-07-08'), [{ lot: 'SEP-2506-LA', massGrams: oxide }], [{ id: 'SEP-2507-LACL', product: 'salt-la-chloride', massGrams: chlorideGrams, composition: la }], { facility: r.separationPlant, note: 'dissolution in hydrochloric acid, evaporation and crystallisation of LaCl3·7H2O' }),
      deliver('dlv-2507-lacl', at('2025-07-15'), 'SEP-2507-LACL', tonnes(40), { name: '兰州石化催化剂有限公司 (Lanzhou Petrochemical Catalyst Co.)', id: customerCode('LZ6C9K2P', '620000') }, 'petroleum-refining', 'LZCH-2025-0630'),
    ]);
    return { world: w, find: {} };
  },
});
