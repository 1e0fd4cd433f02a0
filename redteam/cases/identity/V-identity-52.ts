import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-52',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Rare earth ferrosilicon "for steelmaking" that carries a tonne of dysprosium to Korea',
  does: 'Rare earth ferrosilicon, a lanthanum–cerium steel additive, needs no export licence since the catalogue control ended in April 2025. The Baotou metal smelter buys 10 t of lanthanum oxide and 20 t of cerium oxide from the separator on 2025-07-02 (received 07-03) and 1.2 t of dysprosium oxide from the Longnan separator on 07-15 (received 07-16), and on 07-20 smelts all three with ferrosilicon in its submerged-arc furnace into 86.8 t of "rare earth ferrosilicon" at 28 % rare earths. The dysprosium is 4 % of the alloy\'s rare earths: no steel mill adds dysprosium to its melt, and no ferrosilicon grade lists it. The Shanghai trading house buys the alloy on 07-24 (received 07-25) and exports it to a Korean "steel additive" importer on 08-05 with no licence; the importer\'s parent recovers the dysprosium by acid leaching. Everyone reports on time.',
  expect: 'A controlled element exported without a licence inside an alloy labelled as an uncontrolled mix: the ferrosilicon carries dysprosium, so it is a dysprosium alloy under Announcement 18; the export, the alloy lot, the smelter\'s process and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const laGrams = tonnes(10);
    const ceGrams = tonnes(20);
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-la', at('2025-07-02'), 'SEP-2506-LA', laGrams, r.smelter, 'SEP-2506-LA-S1'),
      s.ship(r.separator, 'shp-2507-ce', at('2025-07-02'), 'SEP-2506-CE', ceGrams, r.smelter, 'SEP-2506-CE-S1'),
    ]);
    const la = r.separator.lot('SEP-2506-LA-S1');
    const ce = r.separator.lot('SEP-2506-CE-S1');
    const dyGrams = tonnes(1.2);
    const dy = sellOxide(ctx, south, heavy, 'oxide-dy', dyGrams, r.smelter, '2025-07', '2507-dy');
    const alloyComposition = scale(add(add(s.share(la, laGrams), s.share(ce, ceGrams)), s.share(dy, dyGrams)), 0.95);
    const alloy = { id: 'RSF-2507-01', product: 'alloy-re-si-fe', massGrams: massAtShare(alloyComposition, 0.28), composition: alloyComposition };
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-la', at('2025-07-03'), la, laGrams),
      s.receive(r.smelter, 'rcv-2507-ce', at('2025-07-03'), ce, ceGrams),
      s.process(r.smelter, 'rsf-2507-01', at('2025-07-20'), [{ lot: la, massGrams: laGrams }, { lot: ce, massGrams: ceGrams }, { lot: dy, massGrams: dyGrams }], [alloy], { facility: r.metalPlant, note: 'silicothermic smelting in the submerged-arc furnace: rare earth ferrosilicon' }),
      s.ship(r.smelter, 'shp-2507-rsf', at('2025-07-24'), alloy.id, alloy.massGrams, r.exporter, undefined, 'ferrosilicon in 1 t bags'),
    ]);
    const alloyLot = r.smelter.lot(alloy.id);
    w.record(r.exporter, at('2025-08-07', '11:00'), [s.receive(r.exporter, 'rcv-2507-rsf', at('2025-07-25'), alloyLot, alloy.massGrams)]);
    w.record(r.exporter, at('2025-09-08', '10:00'), [s.export(r.exporter, 'exp-2508-rsf', at('2025-08-05'), alloyLot, alloy.massGrams, 'KR', { customsDeclaration: '220120250800052277', note: 'rare earth ferrosilicon, HS 7202.9991, steel additive' })]);
    return {
      world: w,
      find: { events: [r.exporter.event('exp-2508-rsf'), r.smelter.event('rsf-2507-01')], lots: [alloyLot], parties: [r.exporter.id, r.smelter.id] },
    };
  },
});
