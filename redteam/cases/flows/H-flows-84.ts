// Estimates (not in DOMAIN.md): 78 % of the rare earths into the magnets (magnets.ts), magnets at 30 % RE (DOMAIN.md: 29–32 %).
import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';
import { dyFeAlloy, heavyJuly } from '../../lib/round15.ts';

export default defineCase({
  id: 'H-flows-84',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Dysprosium–iron alloy and NdPr metal sent under a dual-use licence to a Vietnamese toll sinterer, the high-coercivity magnets imported back five weeks later',
  does: 'The Ningbo magnet maker, short of furnace capacity, has a Haiphong plant sinter a batch for it. It holds a dual-use licence for 2 t REO of Dy–Fe alloy to Vietnam (2025-08-01 to 2026-07-31). It buys 1.5 t of the Baotou smelter\'s Dy–Fe alloy (shipped 07-28, received 07-30) and on 08-12 exports it under the licence together with 10 t of its June NdPr metal (which needs none). On 09-18 it imports 29 t of high-coercivity sintered magnets made of them (78 % of the rare earths into the magnets, the rest kept in Vietnam as swarf and losses) and delivers 25 t to a Changzhou traction-motor maker.',
  expect: 'Nothing: the controlled alloy left under a licence naming it, the country and the quantity; the magnets that came back hold less than what went out.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    w.amendParty(r.magnets, { roles: ['magnet-maker', 'exporter', 'importer'] });
    const chain = heavyJuly(ctx);
    dyFeAlloy(ctx, chain);
    w.licence({ id: 'RT-EXP-BL-DYFE-2025', party: r.magnets.id, activity: 'export', validFrom: '2025-08-01', validTo: '2026-07-31', capacityTonnesReo: 2, scope: { products: ['alloy-dyfe'], elements: ['Dy'] } });
    const alloyGrams = tonnes(1.5);
    w.record(r.smelter, at('2025-08-07', '11:30'), [s.ship(r.smelter, 'shp-2507-dyfe', at('2025-07-28'), 'DYFE-2507-01', alloyGrams, r.magnets, 'DYFE-2507-01-S1', 'steel drums, sealed')]);
    const alloy = r.smelter.lot('DYFE-2507-01-S1');
    const metalGrams = tonnes(10);
    const sent = add(s.share(alloy, alloyGrams), s.share(june.metalShipment, metalGrams));
    const magnetComp = scale(sent, 0.78);
    const magnetGrams = massAtShare(magnetComp, 0.3);
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-dyfe', at('2025-07-30'), alloy, alloyGrams)]);
    w.record(r.magnets, at('2025-09-08', '11:00'), [
      s.export(r.magnets, 'exp-2508-dyfe', at('2025-08-12'), alloy, alloyGrams, 'VN', { licence: 'RT-EXP-BL-DYFE-2025', customsDeclaration: '310120250800046120', note: 'outward processing, toll sintering in Haiphong' }),
      s.export(r.magnets, 'exp-2508-ndpr', at('2025-08-12'), june.metalShipment, metalGrams, 'VN', { customsDeclaration: '310120250800046121', note: 'outward processing, toll sintering in Haiphong' }),
    ]);
    w.record(r.magnets, at('2025-10-08', '11:00'), [
      s.import(r.magnets, 'imp-2509-vn', at('2025-09-18'), { id: 'MG-2509-VN', product: 'magnet-ndfeb-sintered-high-coercivity', massGrams: magnetGrams, composition: magnetComp }, 'VN', '310120250900052274'),
      deliver('dlv-2509-mot', at('2025-09-25'), 'MG-2509-VN', tonnes(25), { name: '常州武进牵引电机有限公司 (Changzhou Wujin Traction Motor Co.)', id: customerCode('CZ3M7T2K', '320000') }, 'vehicles', 'WJ-2025-117'),
    ]);
    return { world: w, find: {} };
  },
});
