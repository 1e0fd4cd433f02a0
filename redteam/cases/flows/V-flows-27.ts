// Estimates (not in shared/DOMAIN.md): chloride at 45 % REO (the catalogue's); 99.5 % of the rare
// earths through dissolution and evaporation; 95 % cascade recovery.
import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { anyuan, ionicCuts, jinan, jiujiang, on } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-flows-27',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'A Jinan trading company dissolves 100 t of Anyuan clay concentrate into "light mixed chloride" in a rented tank farm and sells it to a Jiujiang separator that holds only a rock-ore allocation',
  does: 'The Anyuan (Ganzhou) clay mine ships 100 t of its medium-yttrium concentrate on 2025-07-08 to a Jinan trading company (received 07-10), which has no plant of its own. On 07-15, in a rented tank farm at Zhangqiu, the trader dissolves it in hydrochloric acid and evaporates it into 203 t of crystalline rare earth chloride, booked as light mixed chloride, the product of northern separators; on 07-22 it sells the chloride to a Jiujiang separator (received 07-25) whose allocation is for rock ore only, and which cuts it into single oxides on 08-05. Ionic feed, which needs an ionic allocation, thus reaches a separator that has none, after passing through the hands of a trader that changed what it was. Everyone reports on time.',
  expect: 'A trader that transforms a mineral product into a different product on the way from mine to separator: the trader\'s dissolution, the chloride lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const ay = anyuan(ctx);
    const jn = jinan(ctx);
    const jj = jiujiang(ctx);
    const grams = tonnes(100);
    w.record(ay.party, on('2025-08-05'), [
      s.extract(ay.party, 'ext-2507-01', at('2025-07-04'), ay.mine, { id: 'AY-2507-01', product: 'concentrate-ionic-medium-y-eu', massGrams: grams }, 'in-situ leach, ammonium bicarbonate precipitation, calcined'),
      s.ship(ay.party, 'shp-2507-01', at('2025-07-08'), 'AY-2507-01', grams, jn, undefined, 'bulk bags, by road to Jinan'),
    ]);
    const conc = ay.party.lot('AY-2507-01');
    const chloride = scale({ ...s.lot(conc).composition }, 0.995);
    const chlorideGrams = Math.round(reo(chloride) / 0.45);
    w.record(jn, on('2025-08-07'), [
      s.receive(jn, 'rcv-2507-ay', at('2025-07-10'), conc, grams),
      s.process(jn, 'prc-2507-cl', at('2025-07-15'), [{ lot: conc, massGrams: grams }], [
        { id: 'JN-CL-2507', product: 'mixed-chloride-light', massGrams: chlorideGrams, composition: chloride },
      ], { note: 'dissolved in 31 % hydrochloric acid, filtered and evaporated to crystalline chloride; rented tank farm, Zhangqiu' }),
      s.ship(jn, 'shp-2507-cl', at('2025-07-22'), 'JN-CL-2507', chlorideGrams, jj.party, undefined, 'plastic-lined bags, by road to Jiujiang'),
    ]);
    const lot = jn.lot('JN-CL-2507');
    w.record(jj.party, on('2025-08-08'), [s.receive(jj.party, 'rcv-2507-cl', at('2025-07-25'), lot, chlorideGrams)]);
    w.record(jj.party, on('2025-09-05'), [
      s.process(jj.party, 'sep-2508-cl', at('2025-08-05'), [{ lot, massGrams: chlorideGrams }], ionicCuts(scale({ ...s.lot(lot).composition }, 0.95), 'JJ-2508-CL'), { facility: jj.plant, note: 'chloride dissolved, P507 cascade' }),
    ]);
    return {
      world: w,
      find: { parties: [jn.id], lots: [lot], events: [jn.event('prc-2507-cl')] },
    };
  },
});
