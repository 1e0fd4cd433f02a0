import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-71',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Dysprosium–iron alloy booked as holmium–iron at the furnace and exported while holmium\'s control is suspended',
  does: 'Since 2025-10-09 holmium items are on the dual-use list but the control is suspended until 2026-11-10, while dysprosium has needed a licence since April. In October 2025 the Baotou smelter buys 5 t of Dy2O3 from the Longnan separator (shipped 10-15, received 10-16) and on 10-22 reduces it into 5.4 t of rare earth–iron master alloy, which it books as "holmium–iron alloy, 80 % Ho", writing holmium in the composition where the dysprosium is. It ships the alloy to the Shanghai trading house on 10-26 (received 10-28), which exports it to Japan on 11-04 without a licence. Everyone reports on time.',
  expect: 'Dysprosium disappears and as much "holmium" appears in one furnace run, so the alloy carries dysprosium whatever its label says, and its export needed a dual-use licence: the smelter\'s alloying process, the alloy lot and the export.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-10', '2510', 100);
    const oxideGrams = tonnes(5);
    const oxide = sellOxide(ctx, south, heavy, 'oxide-dy', oxideGrams, r.smelter, '2025-10', '2510-dy');
    const dy = scale(s.lot(oxide).composition, 0.97).Dy!;
    const ho = { Ho: dy };
    const alloy = { id: 'HOFE-2510-01', product: 'alloy-hofe', massGrams: massAtShare(ho, 0.8), composition: ho };
    w.record(r.smelter, at('2025-11-07', '11:00'), [
      s.process(r.smelter, 'hofe-2510-01', at('2025-10-22'), [{ lot: oxide, massGrams: oxideGrams }], [alloy], { facility: r.metalPlant, note: 'master alloy, iron cathode, order of Shanghai Pujiang' }),
      s.ship(r.smelter, 'shp-2510-hofe', at('2025-10-26'), alloy.id, alloy.massGrams, r.exporter),
    ]);
    const alloyLot = r.smelter.lot(alloy.id);
    w.record(r.exporter, at('2025-11-08', '10:00'), [s.receive(r.exporter, 'rcv-2510-hofe', at('2025-10-28'), alloyLot, alloy.massGrams)]);
    w.record(r.exporter, at('2025-12-05', '10:00'), [
      s.export(r.exporter, 'exp-2511-hofe', at('2025-11-04'), alloyLot, alloy.massGrams, 'JP', { customsDeclaration: '220120251100052214', note: 'Ho–Fe alloy: control suspended until 2026-11-10' }),
    ]);
    return {
      world: w,
      find: {
        events: [r.smelter.event('hofe-2510-01'), r.exporter.event('exp-2511-hofe')],
        lots: [alloyLot],
        parties: [r.smelter.id],
      },
    };
  },
});
