import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { enterprise } from '../../lib/round19.ts';

export default defineCase({
  id: 'H-identity-55',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Myanmar high-yttrium concentrate imported through the southern group\'s Ganzhou trading arm and shipped to Longnan with its customs papers',
  does: 'In August 2025 the southern group\'s Ganzhou import and trading subsidiary imports 60 t of Kachin high-yttrium ionic concentrate through the Ruili land port, declared as rare earth concentrate of Myanmar origin, and ships it to the group\'s Longnan separator, which separates it at 96 % under its ionic allocation. The concentrate carries the high-Y assay it is declared with.',
  expect: 'Nothing: imported ore declared as what it is, from its country, into a licensed separator of the group.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const arm = enterprise(ctx, 'r19-gz-import', ['importer', 'trader'], '赣州南岭稀土进出口有限公司', 'Ganzhou Nanling Rare Earth Import & Export Co.', '360700', south.crg);
    const grams = tonnes(60);
    const lotId = 'MM-2508-01';
    w.record(arm, at('2025-09-05', '10:00'), [
      s.import(arm, 'imp-2508-01', at('2025-08-04'), { id: lotId, product: 'concentrate-ionic-high-y', massGrams: grams, composition: typical('concentrate-ionic-high-y', grams) }, 'MM', '8602250804002215'),
      s.ship(arm, 'shp-2508-01', at('2025-08-12'), lotId, grams, south.southSeparator),
    ]);
    const lot = arm.lot(lotId);
    const plan = separate(s.share(lot, grams), 'LN-2508', { recovery: 0.96 });
    w.record(south.southSeparator, at('2025-09-06', '10:00'), [
      s.receive(south.southSeparator, 'rcv-2508-01', at('2025-08-13'), lot, grams),
      s.process(south.southSeparator, 'sep-2508-01', at('2025-08-20'), [{ lot, massGrams: grams }], plan.outputs, { facility: south.southPlant, note: 'Myanmar high-yttrium feed, declared to the group as imported ore' }),
    ]);
    return { world: w, find: {} };
  },
});
