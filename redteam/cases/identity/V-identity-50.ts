import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-50',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: '"Spent polishing powder" collected at the grade of fresh lanthanum–cerium oxide',
  does: 'An unlicensed solvent-extraction workshop in Heyuan, Guangdong, separates smuggled Myanmar concentrate and sells its dysprosium and terbium for cash; its lanthanum and cerium need a paper home. On 2025-07-06 the Ganzhou recycler collects 30 t of what the workshop\'s front company, a "glass polishing contractor" in Dongguan, invoices as spent polishing powder. The lot\'s assay is 62 % cerium and 16 % lanthanum, 78 % rare earth metal, about 95 % REO: the grade of a freshly calcined La–Ce oxide. Spent powder comes back from the polishing line cut with glass fines, slurry flocculant and pad debris, at well under half that. On 07-20 the recycler leaches it into 21.9 t of cerium oxide and 5.4 t of lanthanum oxide at 95 %. July is reported on the 8th of August.',
  expect: 'A scrap lot whose rare earth grade no spent polishing powder can have: it is an oxide collected as scrap; the collection, the lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const massGrams = tonnes(30);
    const powder = { id: 'PP-2507-DG', product: 'scrap-polishing-powder', massGrams, composition: { Ce: Math.round(massGrams * 0.62), La: Math.round(massGrams * 0.16) } };
    const collected = s.collect(r.recycler, 'col-2507-dg', at('2025-07-06'), powder, { name: '东莞市长安镇鑫亮玻璃抛光加工厂' }, r.recyclingPlant);
    const recovered = scale(powder.composition, 0.95);
    const ce = pick(recovered, ['Ce']);
    const la = pick(recovered, ['La']);
    w.record(r.recycler, at('2025-08-08', '10:00'), [
      collected,
      s.process(r.recycler, 'rec-2507-dg', at('2025-07-20'), [{ lot: powder.id, massGrams }], [
        { id: 'RE-2507-CE', product: 'oxide-ce', massGrams: oxideMass(ce), composition: ce },
        { id: 'RE-2507-LA', product: 'oxide-la', massGrams: oxideMass(la), composition: la },
      ], { facility: r.recyclingPlant, note: 'spent polishing powder: caustic wash, HCl leach, solvent extraction' }),
    ]);
    return {
      world: w,
      find: { events: [r.recycler.event('col-2507-dg')], lots: [r.recycler.lot(powder.id)], parties: [r.recycler.id] },
    };
  },
});
