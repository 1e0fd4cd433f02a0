import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-31',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Phosphor powder from scrapped fluorescent lamps: "scrap" rich in terbium and europium',
  does: 'The Ganzhou recycler collects 60 t of phosphor powder separated from crushed fluorescent tubes by a licensed lamp recycler in Foshan (2025-07-04). The powder is 15 % rare earths, mostly yttrium, with europium and terbium (0.7 % and 0.6 % of the lot: 4 % of its rare earths are terbium, forty times Bayan Obo\'s share). On 07-18 it leaches the red Y2O3:Eu phosphor with acid, fuses the green LaPO4:Ce,Tb phosphor with caustic soda, and recovers 95 % of each element as yttrium, europium and terbium oxides and a lanthanum–cerium oxide.',
  expect: 'Nothing: tri-band lamp phosphor is the one post-consumer scrap that carries yttrium, europium and terbium in these proportions; its grade and mix are those of lamp phosphor, and recycling it is the recycler\'s licensed business.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const powder = { id: 'LP-2507-01', product: 'eol-lamp-phosphor', massGrams: tonnes(60) };
    const collect = s.collect(r.recycler, 'col-2507-lp', at('2025-07-04'), powder, { name: '佛山市南海区废旧灯管回收处理有限公司' }, r.recyclingPlant);
    const recovered = scale(s.lot(r.recycler.lot(powder.id)).composition, 0.95);
    const lines = [
      { id: 'RL-2507-Y', product: 'oxide-y', elements: ['Y'] as const, purity: 0.99 },
      { id: 'RL-2507-EU', product: 'oxide-eu', elements: ['Eu'] as const, purity: 0.99 },
      { id: 'RL-2507-TB', product: 'oxide-tb', elements: ['Tb'] as const, purity: 0.99 },
      { id: 'RL-2507-LACE', product: 'mixed-oxide-lace', elements: ['La', 'Ce'] as const, purity: 0.99 },
    ];
    const outputs = lines.map((l) => {
      const composition = pick(recovered, l.elements);
      return { id: l.id, product: l.product, massGrams: oxideMass(composition, l.purity), composition };
    });
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-lp', at('2025-07-18'), [{ lot: powder.id, massGrams: powder.massGrams }], outputs, { facility: r.recyclingPlant, note: 'acid leach of the red phosphor, caustic fusion of the green, solvent extraction' }),
    ]);
    return { world: w, find: {} };
  },
});
