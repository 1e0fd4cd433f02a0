import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-42',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Dysprosium–iron alloy exported on a licence issued for dysprosium oxide',
  does: 'The Shanghai trading house holds a dual-use export licence for dysprosium oxide, 5 t REO to Japan, valid from 2025-07-01. Its Japanese buyer would rather have the metal. So the trading house has the licensed Baotou smelter buy 2 t of Dy oxide from the Longnan separator in July, reduce it on 07-22 into 2.1 t of Dy–Fe master alloy (80 % Dy) and ship it to Shanghai on 07-26. The trading house exports the alloy to Japan on 08-04, quoting the oxide licence on the declaration: "same element, well within the 5 t". Everyone reports on time.',
  expect: 'An export of a controlled item the cited licence does not cover: a Dy–Fe alloy under a licence for Dy oxide only; the export event, the alloy lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({ id: 'RT-EXP-PJ-DYOX-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 5, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const oxideGrams = tonnes(2);
    const oxide = sellOxide(ctx, south, heavy, 'oxide-dy', oxideGrams, r.smelter, '2025-07', '2507-dy');
    const dy = scale(s.lot(oxide).composition, 0.97);
    const alloy = { id: 'DYFE-2507-JP', product: 'alloy-dyfe', massGrams: massAtShare(dy, 0.8), composition: dy };
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'dyfe-2507-jp', at('2025-07-22'), [{ lot: oxide, massGrams: oxideGrams }], [alloy], { facility: r.metalPlant, note: 'Dy oxide reduced with iron cathode: Dy–Fe master alloy, order of Shanghai Pujiang' }),
      s.ship(r.smelter, 'shp-2507-dyfe', at('2025-07-26'), alloy.id, alloy.massGrams, r.exporter),
    ]);
    const alloyLot = r.smelter.lot(alloy.id);
    w.record(r.exporter, at('2025-08-08', '11:00'), [s.receive(r.exporter, 'rcv-2507-dyfe', at('2025-07-28'), alloyLot, alloy.massGrams)]);
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      s.export(r.exporter, 'exp-2508-dyfe', at('2025-08-04'), alloyLot, alloy.massGrams, 'JP', { licence, customsDeclaration: '220120250800047720' }),
    ]);
    return {
      world: w,
      find: { events: [r.exporter.event('exp-2508-dyfe')], lots: [alloyLot], parties: [r.exporter.id] },
    };
  },
});
