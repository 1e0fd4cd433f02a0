import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-92',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Smuggled NdPr oxide imported as "mixed rare earth carbonate" and "separated" into NdPr oxide',
  does: 'A Lao supplier offers NdPr oxide separated in Laos from ore smuggled out of Ganzhou. The Baotou separator imports 42 t of it on 2025-07-02 declared as light mixed rare earth carbonate (a separation feed, which an importer may bring in for its quota) and on 07-15 "separates" it: 41.6 t of NdPr oxide out, 99 % of the lot\'s mass, no lanthanum or cerium, no residue. A mixed carbonate is about 45 % REO with Bayan Obo–like lanthanum and cerium; this "carbonate" is 99 % REO and holds nothing but Pr and Nd. Everyone reports on time.',
  expect: 'A lot labelled mixed carbonate whose grade and composition are those of NdPr oxide: the import, its lot and the "separation".',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(42);
    const imp = s.import(r.separator, 'imp-2507-la', at('2025-07-02'), { id: 'LAO-2507-01', product: 'mixed-carbonate-light', massGrams: grams, composition: typical('oxide-ndpr', grams) }, 'LA', '530620250700018802');
    const out = scale(s.lot(r.separator.lot('LAO-2507-01')).composition, 0.995);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      imp,
      s.process(r.separator, 'sep-2507-lao', at('2025-07-15'), [{ lot: 'LAO-2507-01', massGrams: grams }], [
        { id: 'SEP-2507-LAO-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(out, 0.99), composition: out },
      ], { facility: r.separationPlant, note: 'imported mixed carbonate: dissolution and solvent extraction' }),
    ]);
    return {
      world: w,
      find: { events: [r.separator.event('imp-2507-la'), r.separator.event('sep-2507-lao')], lots: [r.separator.lot('LAO-2507-01')] },
    };
  },
});
