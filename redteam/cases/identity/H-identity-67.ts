import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-67',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Strip-cast NdFeB flakes with 0.7 % dysprosium exported to Japan under a dual-use licence naming them',
  does: 'The Baotou metal smelter buys 0.6 t of dysprosium oxide from Longnan (shipped 2025-07-15, received 07-16), reduces it with iron into Dy–Fe alloy (80 % Dy) on 07-20 and sells it to the Ningbo magnet maker (shipped 07-24, received 07-25). On 08-05 the magnet maker strip-casts its 20 t of June NdPr metal with the Dy–Fe alloy into NdFeB alloy flakes, 30 % rare earths, 0.7 % dysprosium, 99.5 % of the rare earths into the flakes. On 08-20 it exports 60 t of flakes to a Japanese sintering plant under its own dual-use export licence for strip-cast alloy carrying dysprosium. Everyone reports on time.',
  expect: 'Nothing: alloy flakes that carry dysprosium are a controlled alloy, labelled as what they are and exported inside a licence that names them.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.magnets, { roles: ['magnet-maker', 'exporter'] });
    w.licence({ id: 'RT-EXP-BL-STRIP-2025', party: r.magnets.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 25, scope: { products: ['alloy-ndfeb-strip'], elements: ['Dy'] } });
    const june = honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const dyGrams = tonnes(0.6);
    const dy = sellOxide(ctx, south, heavy, 'oxide-dy', dyGrams, r.smelter, '2025-07', '2507-dy');
    const dyComp = scale(s.share(dy, dyGrams), 0.97);
    const alloyGrams = massAtShare(dyComp, 0.8);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'met-2507-dyfe', at('2025-07-20'), [{ lot: dy, massGrams: dyGrams }], [{ id: 'DYFE-2507-01', product: 'alloy-dyfe', massGrams: alloyGrams, composition: dyComp }], { facility: r.metalPlant, note: 'Dy–Fe alloy by electrolysis on an iron cathode' }),
      s.ship(r.smelter, 'shp-2507-dyfe', at('2025-07-24'), 'DYFE-2507-01', alloyGrams, r.magnets),
    ]);
    const dyfe = r.smelter.lot('DYFE-2507-01');
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-dyfe', at('2025-07-25'), dyfe, alloyGrams)]);
    const metalGrams = tonnes(20);
    const flakes = scale(add(s.share(june.metalShipment, metalGrams), s.share(dyfe, alloyGrams)), 0.995);
    const flakeGrams = massAtShare(flakes, 0.3);
    w.record(r.magnets, at('2025-09-08', '10:00'), [
      s.process(r.magnets, 'stc-2508-01', at('2025-08-05'), [{ lot: june.metalShipment, massGrams: metalGrams }, { lot: dyfe, massGrams: alloyGrams }], [
        { id: 'STRIP-2508-01', product: 'alloy-ndfeb-strip', massGrams: flakeGrams, composition: flakes },
      ], { facility: r.magnetPlant, note: 'vacuum induction melting with iron and ferroboron, strip casting; iron and boron not booked; 0.5 % to crucible skull (estimate)' }),
      s.export(r.magnets, 'exp-2508-strip', at('2025-08-20'), 'STRIP-2508-01', tonnes(60), 'JP', { licence: 'RT-EXP-BL-STRIP-2025', customsDeclaration: '310420250800079931' }),
    ]);
    return { world: w, find: {} };
  },
});
