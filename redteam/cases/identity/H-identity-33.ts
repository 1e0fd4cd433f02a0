// Estimates (not in shared/DOMAIN.md): the catalogue's medium-yttrium, europium-rich distribution;
// 95 % at Changting, 96 % at Longnan (the ionic norm is > 94 %).
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { clayMonth, cutsOf, fujian, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'H-identity-33',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A Changting separator without a heavy cascade sells its heavy cut, 72 % yttria, to the Longnan separator as heavy rare earth enriched oxide',
  does: 'The Changting separator\'s line parts lanthanum, cerium, NdPr and an Sm–Eu–Gd cut; it has no heavy cascade. On 2025-07-20 it separates 150 t of its group mine\'s medium-yttrium, europium-rich clay concentrate and gets, besides its light products, 50 t of heavy rare earth enriched oxide: terbium to lutetium and yttrium together, 72 % of its REO yttrium oxide because the ore is an yttrium-rich one (Y2O3 over 20 % of the clay\'s REO, shared/DOMAIN.md). It sells 45 t of the heavy cut to the Longnan separator (shipped 07-22, received 07-24), which separates it on 07-28 into single heavy oxides at 96 % under its own separation allocation. Everyone reports on time.',
  expect: 'Nothing: a heavy cut carries whatever heavy elements its ore had, in the ore\'s proportions; this one is what an yttrium-rich clay gives, sold to a licensed separator to be split further.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const fj = fujian(ctx);
    const south = addIonicChain(ctx);
    const month = clayMonth(ctx, fj, '2025-07', '2507', 150, 'concentrate-ionic-medium-y-eu', { cuts: 'light', recordSeparator: false });
    const hre = month.lots['mixed-oxide-heavy']!.split(':')[1]!;
    const grams = tonnes(45);
    w.record(fj.separator, on('2025-08-06'), [
      ...month.separatorEvents,
      s.ship(fj.separator, 'shp-2507-hre', at('2025-07-22'), hre, grams, south.southSeparator, `${hre}-S1`, 'sealed drums, trucks Changting–Longnan'),
    ]);
    const lot = fj.separator.lot(`${hre}-S1`);
    const made = cutsOf(scale(s.lot(lot).composition, 0.96), 'LN-2507H');
    w.record(south.southSeparator, on('2025-08-07'), [
      s.receive(south.southSeparator, 'rcv-2507-hre', at('2025-07-24'), lot, grams),
      s.process(south.southSeparator, 'sep-2507-hre', at('2025-07-28'), [{ lot, massGrams: grams }], made.outputs, { facility: south.southPlant, note: 'heavy cascade: Tb, Dy, Ho, Er, Yb, Lu and Y oxides' }),
    ]);
    return { world: w, find: {} };
  },
});
