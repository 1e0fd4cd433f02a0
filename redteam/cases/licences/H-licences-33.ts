// Estimates (not in shared/DOMAIN.md): red phosphor Y2O3:Eu at 93.4 : 6.6 by oxide (the catalogue's
// phosphor-red-y2o3-eu); 99.5 % of the rare earths into the fired phosphor, the rest to filtrate.
import { defineCase } from '../../lib/case.ts';
import { add, at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { clayMonth, code23, firm, fujian, on } from '../../lib/round23.ts';
import { deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-licences-33',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Xiamen phosphor maker dissolves bought yttrium and europium oxides together and co-precipitates them into red phosphor',
  does: 'The Changting separator separates 150 t of medium-yttrium, europium-rich clay concentrate from its group\'s mine on 2025-07-20 into single oxides. On 07-22 it sells 10 t of its yttrium oxide and 0.7 t of its europium oxide to a Xiamen phosphor maker (received 07-24). On 07-29 the phosphor maker dissolves both in nitric acid, co-precipitates them as an oxalate and fires it into 10.6 t of Y2O3:Eu red phosphor, 99.5 % of the rare earths. It delivers 8 t to a Xiamen lamp and backlight maker on 08-12. The phosphor maker holds no separation licence: it parts no element from another, it mixes two separated oxides. Everyone reports on time.',
  expect: 'Nothing: dissolving and precipitating separated oxides together to make a material is phosphor making, not separation; the oxides were separated by the licensed separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const fj = fujian(ctx);
    const month = clayMonth(ctx, fj, '2025-07', '2507', 150, 'concentrate-ionic-medium-y-eu', { recordSeparator: false });
    const works = firm(ctx, 'r23-xm-phosphor', ['phosphor-maker'], '厦门翔鹭稀土发光材料有限公司', 'Xiamen Xianglu Rare Earth Luminescent Materials Co.', '350200');
    const plant = w.facility({ id: 'plant-r23-xianglu', party: works.id, kind: 'plant', nameZh: '翔鹭发光材料厂', nameEn: 'Xianglu phosphor plant', region: '350200' });
    const y = tonnes(10);
    const eu = tonnes(0.7);
    const yLocal = month.lots['oxide-y']!.split(':')[1]!;
    const euLocal = month.lots['oxide-eu']!.split(':')[1]!;
    w.record(fj.separator, on('2025-08-06'), [
      ...month.separatorEvents,
      s.ship(fj.separator, 'shp-2507-y', at('2025-07-22'), yLocal, y, works, `${yLocal}-S1`, 'sealed drums'),
      s.ship(fj.separator, 'shp-2507-eu', at('2025-07-22'), euLocal, eu, works, `${euLocal}-S1`, 'sealed drums'),
    ]);
    const yLot = fj.separator.lot(`${yLocal}-S1`);
    const euLot = fj.separator.lot(`${euLocal}-S1`);
    const red = scale(add(s.share(yLot, y), s.share(euLot, eu)), 0.995);
    const redGrams = Math.ceil(reo(red) / 0.995);
    w.record(works, on('2025-08-07'), [
      s.receive(works, 'rcv-2507-y', at('2025-07-24'), yLot, y),
      s.receive(works, 'rcv-2507-eu', at('2025-07-24'), euLot, eu),
      s.process(works, 'phs-2507-01', at('2025-07-29'), [{ lot: yLot, massGrams: y }, { lot: euLot, massGrams: eu }], [
        { id: 'RP-2507-01', product: 'phosphor-red-y2o3-eu', massGrams: redGrams, composition: red },
      ], { facility: plant, note: 'both oxides dissolved in nitric acid, oxalate co-precipitation, fired at 1,350 °C; filtrate to effluent treatment' }),
    ]);
    w.record(works, on('2025-09-05'), [
      deliver('dlv-2508-01', at('2025-08-12'), 'RP-2507-01', tonnes(8), { name: '厦门华联电子照明有限公司', id: code23('xm-backlights', '350200') }, 'lighting-and-displays', 'XM-HL-0805'),
    ]);
    return { world: w, find: {} };
  },
});
