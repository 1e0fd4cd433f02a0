import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyOutputs } from '../../lib/round9.ts';

export default defineCase({
  id: 'H-identity-83',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Myanmar medium-yttrium, europium-rich concentrate imported at Longnan: more lanthanum than yttrium, declared for what it is',
  does: 'Not every Kachin pit is high-yttrium. The Longnan separator imports 90 t of medium-yttrium europium-rich clay concentrate from Myanmar on 2025-07-02 through Ruili, declaration 8601…, booked under that product with its assay (La2O3 about 27 % and Y2O3 about 25 % of the REO, Eu2O3 near 1 %), separates it on 07-09 into single oxides and reports July on 08-06.',
  expect: 'Nothing: an import whose composition fits the type it is declared as; a Myanmar origin does not make a lot high-yttrium.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const sep = south.southSeparator;
    const grams = tonnes(90);
    const lot = { id: 'MM-2507-02', product: 'concentrate-ionic-medium-y-eu', massGrams: grams };
    const imp = s.import(sep, 'imp-2507-02', at('2025-07-02'), lot, 'MM', '860120250700029981');
    const outputs = heavyOutputs(s.lot(sep.lot(lot.id)).composition, 'LN-2507-02');
    w.record(sep, at('2025-08-06', '10:00'), [
      imp,
      s.process(sep, 'sep-2507-02', at('2025-07-09'), [{ lot: lot.id, massGrams: grams }], outputs, { facility: south.southPlant, note: 'Myanmar medium-Y Eu-rich feed, declared to the group as imported ore' }),
    ]);
    return { world: w, find: {} };
  },
});
