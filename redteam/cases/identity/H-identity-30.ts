import { makeUscc } from '../../../src/domain/uscc.ts';
import type { DeliverEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { add, at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-30',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Cerium-rich Ce-Fe-B magnets delivered to a compressor-motor maker',
  does: 'To cut costs for an air-conditioner compressor customer, the Ningbo magnet maker makes Ce-Fe-B magnets, a quarter of whose rare earths are cerium. The separator sells the metal smelter 8 t of its June cerium oxide, which the smelter electrolyses into 6.3 t of cerium metal on 2025-07-08 and ships to the magnet maker. On 07-18 the magnet maker sinters it with the 20 t of NdPr metal bought in June: 68 t of magnets at 30 % rare earths (Nd 17.5 %, Ce 7.2 %, Pr 5.3 %) and 23.7 t of swarf, shipped to the Ganzhou recycler. On 07-28 it delivers 60 t of the magnets to a Zhuhai compressor-motor maker.',
  expect: 'Nothing: Ce-Fe-B is an established magnet (90–100 kt a year in China); a magnet\'s grade with cerium in it is the recipe, not concentrate, and the cerium came through the chain as separated oxide and metal. Magnets may be delivered to a motor maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const ceGrams = tonnes(8);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-ce', at('2025-07-02'), 'SEP-2506-CE', ceGrams, r.smelter, 'SEP-2506-CE-S1')]);
    const ceOxide = r.separator.lot('SEP-2506-CE-S1');
    const ce = scale(s.share(ceOxide, ceGrams), 0.97);
    const ceMetal = { id: 'MET-2507-CE', product: 'metal-ce', massGrams: metalMass(ce), composition: ce };
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ce', at('2025-07-03'), ceOxide, ceGrams),
      s.process(r.smelter, 'met-2507-ce', at('2025-07-08'), [{ lot: ceOxide, massGrams: ceGrams }], [ceMetal], { facility: r.metalPlant, note: 'molten-salt electrolysis' }),
      s.ship(r.smelter, 'shp-2507-ce', at('2025-07-10'), ceMetal.id, ceMetal.massGrams, r.magnets),
    ]);
    const ceLot = r.smelter.lot(ceMetal.id);
    const ndprGrams = tonnes(20);
    const feed = add(s.lot(june.metalShipment).composition, ce);
    const { magnets, swarf } = sinter(feed, '2507-CE', 'magnet-cefeb');
    const deliver: DeliverEvent = {
      id: 'dlv-2507-01', kind: 'deliver', time: at('2025-07-28'), lot: magnets.id, massGrams: tonnes(60),
      customer: { name: '珠海格瑞压缩机电机有限公司', id: makeUscc({ authority: '9', orgType: '1', region: '440400', orgBody8: 'GRYSJ728' }) },
      sector: 'appliances', contract: 'GR-CEFEB-2507-12',
    };
    w.record(r.magnets, at('2025-08-08', '11:00'), [
      s.receive(r.magnets, 'rcv-2507-ce', at('2025-07-11'), ceLot, ceMetal.massGrams),
      s.process(r.magnets, 'mag-2507-ce', at('2025-07-18'), [{ lot: june.metalShipment, massGrams: ndprGrams }, { lot: ceLot, massGrams: ceMetal.massGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'Ce-Fe-B grade N35-Ce25, dual main phase' }),
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-25'), swarf.id, swarf.massGrams, r.recycler),
      deliver,
    ]);
    w.record(r.recycler, at('2025-08-08', '12:00'), [s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-26'), r.magnets.lot(swarf.id), swarf.massGrams)]);
    return { world: w, find: {} };
  },
});
