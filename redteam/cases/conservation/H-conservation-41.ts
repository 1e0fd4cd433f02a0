import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-41',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Traction-motor magnets whose dysprosium comes from Dy–Fe alloy bought through the chain',
  does: 'The Ningbo magnet maker holds the 20 t of NdPr metal it received in June 2025. For an electric-vehicle order it needs dysprosium: the licensed Baotou smelter buys 1.2 t of Dy oxide from the Longnan separator in July, reduces it on 07-20 into 1.26 t of Dy–Fe master alloy (80 % Dy, 97 % yield) and ships it on 07-25. On 08-05 the magnet maker melts the NdPr metal and the Dy–Fe together and sinters 54 t of high-coercivity magnets: 78 % of every rare earth goes into the magnets, 20 % into the swarf, 2 % to dross and fines. It delivers 40 t of magnets to a motor maker on 08-20. Every party reports by the 8th.',
  expect: 'Nothing: the dysprosium in the magnets and the swarf is less than what the Dy–Fe alloy brought, and the alloy came from oxide separated, sold and reduced inside the chain.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxideGrams = tonnes(1.2);
    const oxide = sellOxide(ctx, south, heavy, 'oxide-dy', oxideGrams, r.smelter, '2025-07', '2507-dy');
    const dy = scale(s.lot(oxide).composition, 0.97);
    const alloy = { id: 'DYFE-2507-01', product: 'alloy-dyfe', massGrams: massAtShare(dy, 0.8), composition: dy };
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'dyfe-2507-01', at('2025-07-20'), [{ lot: oxide, massGrams: oxideGrams }], [alloy], { facility: r.metalPlant, note: 'Dy oxide reduced with iron cathode: Dy–Fe master alloy' }),
      s.ship(r.smelter, 'shp-2507-dyfe', at('2025-07-25'), alloy.id, alloy.massGrams, r.magnets),
    ]);
    const alloyLot = r.smelter.lot(alloy.id);
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-dyfe', at('2025-07-26'), alloyLot, alloy.massGrams)]);
    const feed = add(s.lot(june.metalShipment).composition, dy);
    const inMagnets = scale(feed, 0.78);
    const inSwarf = scale(subtract(feed, inMagnets), 0.2 / 0.22);
    const magnets = { id: 'MG-2508-HC', product: 'magnet-ndfeb-sintered-high-coercivity', massGrams: massAtShare(inMagnets, 0.3), composition: inMagnets };
    const swarf = { id: 'SW-2508-HC', product: 'scrap-ndfeb-swarf', massGrams: massAtShare(inSwarf, 0.22), composition: inSwarf };
    const customer = { name: '宁波杭州湾新区驰骋电驱动系统有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '330282', orgBody8: 'CCDQ0720' }) };
    const deliver: DeliverEvent = { id: 'dlv-2508-hc', kind: 'deliver', time: at('2025-08-20'), lot: magnets.id, massGrams: tonnes(40), customer, sector: 'vehicles', contract: 'CC-2508-HC-02' };
    w.record(r.magnets, at('2025-09-05', '10:00'), [
      s.process(r.magnets, 'mag-2508-hc', at('2025-08-05'), [{ lot: june.metalShipment, massGrams: tonnes(20) }, { lot: alloyLot, massGrams: alloy.massGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'NdPr metal and Dy–Fe alloy strip-cast together, grade 42SH' }),
      deliver,
    ]);
    return { world: w, find: {} };
  },
});
