import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { dyFeAlloy, heavyJuly } from '../../lib/round15.ts';

export default defineCase({
  id: 'V-flows-84',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Dysprosium–iron alloy sent to a Vietnamese "toll sinterer" for outward processing without a licence; no magnets ever come back',
  does: 'The Baotou smelter reduces 3 t of Longnan Dy2O3 into Dy–Fe alloy on 07-21 and sells all of it to the Shanghai exporter (shipped 07-28, received 07-30). On 08-12 the exporter ships it to Haiphong under an outward-processing declaration, "to be sintered into high-coercivity magnets by a Vietnamese toll processor and returned", with no dual-use licence: it holds that goods sent out for processing and coming back are not an export. Nothing is ever imported back.',
  expect: 'Controlled dysprosium alloy leaving the country without a licence, whatever the customs regime: the export, the alloy lot and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx);
    const { alloy, alloyGrams } = dyFeAlloy(ctx, chain);
    w.record(r.smelter, at('2025-08-07', '11:30'), [s.ship(r.smelter, 'shp-2507-dyfe', at('2025-07-28'), 'DYFE-2507-01', alloyGrams, r.exporter, undefined, 'steel drums, sealed')]);
    w.record(r.exporter, at('2025-08-08', '10:00'), [s.receive(r.exporter, 'rcv-2507-dyfe', at('2025-07-30'), alloy, alloyGrams)]);
    w.record(r.exporter, at('2025-09-08', '10:00'), [
      s.export(r.exporter, 'exp-2508-dyfe', at('2025-08-12'), alloy, alloyGrams, 'VN', { customsDeclaration: '220120250800048813', note: 'outward processing: toll sintering in Haiphong, magnets to be re-imported' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('exp-2508-dyfe')], lots: [alloy], parties: [r.exporter.id] } };
  },
});
