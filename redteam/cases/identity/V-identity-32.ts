import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-32',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Lao mixed rare earth chloride imported as "lanthanum chloride" and separated',
  does: 'The Longnan separator imports 400 t of "lanthanum chloride" from Laos on 2025-07-03 (a separated salt, sold to catalyst makers, so not ore for separation). The lot is 45 % REO, but only 42 % of its rare earths are lanthanum: the rest are neodymium (31 %), praseodymium, samarium, cerium and the heavies, the mix of a light ion-adsorption clay. It is the mixed chloride that Lao clay operators precipitate from their leach liquor. On 07-15 Longnan puts it through its solvent-extraction lines, recovers 95 % of each element as NdPr oxide, lanthanum, cerium and Sm-Eu-Gd and heavy concentrates, and does not report it to the group as imported ore.',
  expect: 'An import whose composition is a mixed ionic chloride, not lanthanum chloride, separated as ore: separation feed kept out of the imported-ore reporting and the quota by its label; the import, the separation and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const grams = tonnes(400);
    const composition = scale(typical('concentrate-ionic-light', grams), 0.45 / 0.92);
    const chloride = { id: 'LA-2507-01', product: 'salt-la-chloride', massGrams: grams, composition };
    const importEvent = s.import(south.southSeparator, 'imp-2507-la', at('2025-07-03'), chloride, 'LA', '5303202507000188');
    const plan = separate(composition, 'LN-2507', { recovery: 0.95 });
    w.record(south.southSeparator, at('2025-08-06', '10:00'), [
      importEvent,
      s.process(south.southSeparator, 'sep-2507-la', at('2025-07-15'), [{ lot: chloride.id, massGrams: grams }], plan.outputs, { facility: south.southPlant, note: 'lanthanum chloride dissolved into the P507 extraction feed' }),
    ]);
    return {
      world: w,
      find: {
        events: [south.southSeparator.event('imp-2507-la'), south.southSeparator.event('sep-2507-la')],
        lots: [south.southSeparator.lot(chloride.id)],
        parties: [south.southSeparator.id],
      },
    };
  },
});
