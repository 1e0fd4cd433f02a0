import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'V-identity-78',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'NdPr metal recast as "lanthanum–cerium mischmetal" ingots and delivered to a steel mill that never sees it',
  does: 'On 2025-07-08 the Baotou smelter recasts 6 t of the NdPr metal left from its June campaign into ingots it books as La–Ce mischmetal (metal-mischmetal-lace), with the NdPr composition of the metal. Mischmetal is what steel mills buy to treat their melt, so on 07-12 it "delivers" the 6 t to a Hebei special-steel mill, sector metallurgy. The truck goes instead to an unregistered magnet workshop in Guangdong that pays cash at the NdPr price; the steel mill, which lends its name for a fee, never books a delivery. The smelter reports July on 08-07.',
  expect: 'A lot labelled La–Ce mischmetal that holds only praseodymium and neodymium, delivered out of the chain under that label: the recast, its lot and the delivery.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const taken = tonnes(6);
    const cast = { id: 'MM-2507-01', product: 'metal-mischmetal-lace', massGrams: taken, composition: s.share(june.metal, taken) };
    const mill = { name: '河北石家庄永兴特钢有限公司 (Shijiazhuang Yongxing Special Steel Co.)', id: customerCode('7HQ2KD4M', '130100') };
    w.record(r.smelter, reportTime('2025-07', 7), [
      s.process(r.smelter, 'cst-2507-01', at('2025-07-08'), [{ lot: june.metal.split(':')[1]!, massGrams: taken }], [cast], { facility: r.metalPlant, note: 'remelted and cast in 10 kg mischmetal ingots' }),
      deliver('dlv-2507-01', at('2025-07-12'), cast.id, taken, mill, 'metallurgy', 'YX-2025-0707', 'mischmetal for ladle treatment'),
    ]);
    return {
      world: w,
      find: { events: [r.smelter.event('cst-2507-01'), r.smelter.event('dlv-2507-01')], lots: [r.smelter.lot(cast.id)] },
    };
  },
});
