import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyOutputs } from '../../lib/round9.ts';

export default defineCase({
  id: 'V-identity-83',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'A "Myanmar high-yttrium" import at Longnan that carries the light, lanthanum- and neodymium-rich mix of a Jiangxi clay',
  does: 'Private pits in the hills around Longnan leach light-type clay off the books. The Longnan separator buys 90 t of their mixed oxide and books it on 2025-07-02 as an import of Myanmar high-yttrium concentrate, citing the declaration of a small Ruili cargo, so that it falls outside the group\'s ionic mining quota. The lot\'s assay, as booked, is the Xunwu type\'s: La2O3 about 42 % and Nd2O3 about 31 % of the REO, Y2O3 under 2 %, where Myanmar high-Y feed is about two thirds yttria. It separates the lot on 07-09 and reports July on 08-06.',
  expect: 'An import labelled high-yttrium whose composition is a light clay\'s: the import, the lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const sep = south.southSeparator;
    const grams = tonnes(90);
    const lot = { id: 'MM-2507-02', product: 'concentrate-ionic-high-y', massGrams: grams, composition: typical('concentrate-ionic-light', grams) };
    const imp = s.import(sep, 'imp-2507-02', at('2025-07-02'), lot, 'MM', '860120250700029981');
    const outputs = heavyOutputs(s.lot(sep.lot(lot.id)).composition, 'LN-2507-02');
    w.record(sep, at('2025-08-06', '10:00'), [
      imp,
      s.process(sep, 'sep-2507-02', at('2025-07-09'), [{ lot: lot.id, massGrams: grams }], outputs, { facility: south.southPlant, note: 'Myanmar feed, declared to the group as imported ore' }),
    ]);
    return { world: w, find: { events: [sep.event('imp-2507-02')], lots: [sep.lot(lot.id)], parties: [sep.id] } };
  },
});
