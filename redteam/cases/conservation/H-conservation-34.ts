// Estimates (not in shared/DOMAIN.md): a coated three-way catalyst at 6.5 % REO (the catalogue's
// catalyst-auto-three-way); 1.5 % of the ceria and lanthana lost to washcoat overspray and the slurry
// tank's heel, which go with the line's wash water to the works' sludge.
import { defineCase } from '../../lib/case.ts';
import { add, at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { code23, firm, on } from '../../lib/round23.ts';
import { deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-conservation-34',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Kunming catalyst works coats 26.5 t of cerium and lanthanum oxides onto cordierite: 400 t of three-way catalysts, 98.5 % of the rare earths in them',
  does: 'A Kunming (Yunnan) maker of automotive exhaust catalysts buys 24 t of cerium oxide and 2.5 t of lanthanum oxide from the Baotou separator\'s June lots (shipped 2025-07-03, received 07-08 by rail). On 07-15 it makes its ceria–lanthana oxygen-storage washcoat, coats it with precious metals onto cordierite honeycombs and fires them: some 400 t of catalyst bricks at 6.5 % rare earth oxide. Its process record puts 98.5 % of the cerium and lanthanum in the bricks and notes the other 1.5 % as overspray and slurry-tank heel washed to the works\' effluent sludge. It delivers 250 t of bricks to a Chongqing exhaust-system maker on 07-25. July is reported on 08-07.',
  expect: 'Nothing: the product weighs fifteen times its rare earth feed because it is mostly ceramic, and the rare earths balance within a stated coating loss.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const works = firm(ctx, 'r23-km-catalyst', ['catalyst-maker'], '昆明贵研催化剂有限责任公司', 'Kunming Guiyan Catalyst Co.', '530100');
    const plant = w.facility({ id: 'plant-r23-guiyan', party: works.id, kind: 'plant', nameZh: '贵研催化剂厂', nameEn: 'Guiyan catalyst plant', region: '530100' });
    const ce = tonnes(24);
    const la = tonnes(2.5);
    w.record(r.separator, on('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-ce', at('2025-07-03'), 'SEP-2506-CE', ce, works, 'SEP-2506-CE-S1', 'rail container to Kunming'),
      s.ship(r.separator, 'shp-2507-la', at('2025-07-03'), 'SEP-2506-LA', la, works, 'SEP-2506-LA-S1', 'rail container to Kunming'),
    ]);
    const ceLot = r.separator.lot('SEP-2506-CE-S1');
    const laLot = r.separator.lot('SEP-2506-LA-S1');
    const inBricks = scale(add(s.share(ceLot, ce), s.share(laLot, la)), 0.985);
    const bricks = Math.ceil(reo(inBricks) / 0.065);
    w.record(works, on('2025-08-07'), [
      s.receive(works, 'rcv-2507-ce', at('2025-07-08'), ceLot, ce),
      s.receive(works, 'rcv-2507-la', at('2025-07-08'), laLot, la),
      s.process(works, 'cat-2507-01', at('2025-07-15'), [{ lot: ceLot, massGrams: ce }, { lot: laLot, massGrams: la }], [
        { id: 'TWC-2507-01', product: 'catalyst-auto-three-way', massGrams: bricks, composition: inBricks },
      ], { facility: plant, note: 'ceria–lanthana washcoat with Pd/Rh on cordierite, calcined; 1.5 % of the rare earths lost as overspray and slurry-tank heel to the effluent sludge' }),
      deliver('dlv-2507-01', at('2025-07-25'), 'TWC-2507-01', tonnes(250), { name: '重庆长安汽车排气系统有限公司', id: code23('cq-exhaust', '500000') }, 'vehicle-exhaust', 'CQ-2025-0719'),
    ]);
    return { world: w, find: {} };
  },
});
