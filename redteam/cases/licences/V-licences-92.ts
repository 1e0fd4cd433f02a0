import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-92',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Dysprosium-bearing NdFeB strip-cast flakes exported without a licence as "magnet semi-finished goods"',
  does: 'A Vietnamese magnet plant wants Chinese strip-cast alloy with dysprosium already in it, since Dy–Fe and Dy oxide need dual-use licences. The Ningbo magnet maker casts its June NdPr metal with 0.63 t of Dy–Fe alloy (bought through the chain: Longnan Dy2O3 reduced in Baotou in July 2025) into 65.5 t of NdFeB strip-cast flakes on 08-04, 0.75 % dysprosium, and ships 60 t to the Shanghai trading house on 08-10. The trading house exports them to Vietnam on 08-20 without a licence, declaring them magnet semi-finished goods. Strip-cast flakes are an alloy, and an alloy carrying dysprosium is a controlled item (Announcement 18) whatever the magnet it is meant for. Everyone reports on time.',
  expect: 'An unlicensed export of an alloy that carries a controlled element: the export, its lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const oxideGrams = tonnes(0.6);
    const dyOxide = sellOxide(ctx, south, heavy, 'oxide-dy', oxideGrams, r.smelter, '2025-07', '2507-dy');
    const dyComp = scale(s.share(dyOxide, oxideGrams), 0.97);
    const dyfe = { id: 'DYFE-2507-01', product: 'alloy-dyfe', massGrams: massAtShare(dyComp, 0.8), composition: dyComp };
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'alloy-2507-dy', at('2025-07-20'), [{ lot: dyOxide, massGrams: oxideGrams }], [dyfe], { facility: r.metalPlant, note: 'calcium reduction with iron, order of Ningbo Beilun' }),
      s.ship(r.smelter, 'shp-2507-dyfe', at('2025-07-24'), dyfe.id, dyfe.massGrams, r.magnets),
    ]);
    const dyLot = r.smelter.lot(dyfe.id);
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-dyfe', at('2025-07-25'), dyLot, dyfe.massGrams)]);
    const flakes = add(scale(s.lot(june.metalShipment).composition, 0.985), scale(s.lot(dyLot).composition, 0.985));
    const flakeGrams = massAtShare(flakes, 0.305);
    const shipped = tonnes(60);
    w.record(r.magnets, at('2025-09-08', '10:00'), [
      s.process(r.magnets, 'cast-2508-01', at('2025-08-04'), [{ lot: june.metalShipment, massGrams: tonnes(20) }, { lot: dyLot, massGrams: dyfe.massGrams }], [
        { id: 'SC-2508-01', product: 'alloy-ndfeb-strip', massGrams: flakeGrams, composition: flakes },
      ], { facility: r.magnetPlant, note: 'vacuum induction melting and strip casting with iron and boron; 1.5 % to crucible skull and dross' }),
      s.ship(r.magnets, 'shp-2508-sc', at('2025-08-10'), 'SC-2508-01', shipped, r.exporter, 'SC-2508-01-PJ'),
    ]);
    const lot = r.magnets.lot('SC-2508-01-PJ');
    w.record(r.exporter, at('2025-09-08', '11:00'), [
      s.receive(r.exporter, 'rcv-2508-sc', at('2025-08-12'), lot, shipped),
      s.export(r.exporter, 'exp-2508-sc', at('2025-08-20'), lot, shipped, 'VN', { customsDeclaration: '220120250800071044' }),
    ]);
    return {
      world: w,
      find: { events: [r.exporter.event('exp-2508-sc')], lots: [lot], parties: [r.exporter.id] },
    };
  },
});
