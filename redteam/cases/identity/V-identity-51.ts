import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes, totalGrams, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import type { LotSpec } from '../../lib/scribe.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-51',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: '"NdFeB off-cuts" whose rare earths come in Bayan Obo proportions',
  does: 'A back-yard electrolysis shop outside Baotou cracks concentrate bought off the books, reduces the mixed chloride to mischmetal and casts it with scrap iron into slabs. On 2025-07-05 the Ganzhou recycler collects 50 t of the slabs from a Baotou scrap yard as sintered NdFeB off-cuts and rejects, assayed at 30 % rare earths: 8.0 % La, 14.8 % Ce, 1.5 % Pr, 5.0 % Nd, with Sm, Eu, Gd, Tb, Dy and Y in traces. That is the spectrum of Bayan Obo ore, cerium half the rare earths and neodymium a sixth; no NdFeB grade, not even a cerium-substituted one (at most a third La and Ce), is made that way. On 07-19 the recycler separates it into lanthanum–cerium oxide, NdPr oxide, Sm–Eu–Gd and heavy concentrates at 95 %. July is reported on the 8th of August.',
  expect: 'Scrap whose element distribution no NdFeB magnet has: it is mixed rare earth from ore, collected as magnet scrap; the collection, the lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const massGrams = tonnes(50);
    const ore = typical('concentrate-bayan-obo', massGrams);
    const composition = scale(ore, 0.3 / (totalGrams(ore) / massGrams));
    const slabs = { id: 'OC-2507-BT', product: 'scrap-ndfeb-solid', massGrams, composition };
    const collected = s.collect(r.recycler, 'col-2507-bt', at('2025-07-05'), slabs, { name: '包头市九原区宏达废旧金属回收站' }, r.recyclingPlant);
    const recovered = scale(composition, 0.95);
    const lines: [string, string, Parameters<typeof pick>[1], number][] = [
      ['RE-2507-LC', 'mixed-oxide-lace', ['La', 'Ce'], 0.99],
      ['RE-2507-NDPR', 'oxide-ndpr', ['Pr', 'Nd'], 0.99],
      ['RE-2507-SEG', 'mixed-oxide-smeugd', ['Sm', 'Eu', 'Gd'], 0.9],
      ['RE-2507-HRE', 'mixed-oxide-heavy', ['Tb', 'Dy', 'Y'], 0.95],
    ];
    const outputs: LotSpec[] = lines.map(([id, product, elements, purity]) => {
      const c = pick(recovered, elements);
      return { id, product, massGrams: oxideMass(c, purity), composition: c };
    });
    w.record(r.recycler, at('2025-08-08', '10:00'), [
      collected,
      s.process(r.recycler, 'rec-2507-bt', at('2025-07-19'), [{ lot: slabs.id, massGrams }], outputs, { facility: r.recyclingPlant, note: 'off-cuts: oxidising roast, HCl leach, solvent extraction' }),
    ]);
    return {
      world: w,
      find: { events: [r.recycler.event('col-2507-bt'), r.recycler.event('rec-2507-bt')], lots: [r.recycler.lot(slabs.id)], parties: [r.recycler.id] },
    };
  },
});
