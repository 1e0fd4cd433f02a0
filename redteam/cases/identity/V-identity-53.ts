import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { terbiumToMagnets } from '../../lib/round19.ts';

export default defineCase({
  id: 'V-identity-53',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: '"Grain-boundary diffused" NdFeB magnets that carry 12 % terbium, exported to the United States without a licence',
  does: 'In August 2025 the Ningbo magnet maker buys 0.9 t of Tb4O7 from the Longnan separator, "for grain-boundary diffusion". It books a campaign that takes 1.5 t of its June NdPr metal and the whole 0.9 t of terbium oxide into 6.3 t of "sintered NdFeB magnets, GBD grade", with the swarf of the NdPr part. Diffusion puts well under 1 % terbium into a magnet; these hold about 12 %. It ships them to the Shanghai trading house, which exports them to the United States on 09-03 as NdFeB magnets, which need no licence. They are terbium oxide and NdPr metal in magnet cartons.',
  expect: 'A "magnet" whose terbium share no magnet has, carrying a controlled element abroad without a licence: the export, the magnet lot and the campaign that made it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const tb = terbiumToMagnets(ctx, '2025-08', '2508', 0.9);
    const ndprGrams = tonnes(1.5);
    const ndpr = s.share(june.metalShipment, ndprGrams);
    const intoMagnets = add(scale(ndpr, 0.78), scale(s.share(tb.lot, tb.grams), 0.97));
    const swarf = scale(subtract(ndpr, scale(ndpr, 0.78)), 0.2 / 0.22);
    const magnetGrams = massAtShare(intoMagnets, 0.3);
    w.record(r.magnets, at('2025-09-08', '10:00'), [
      s.process(r.magnets, 'gbd-2508-01', at('2025-08-25'), [{ lot: june.metalShipment, massGrams: ndprGrams }, { lot: tb.lot, massGrams: tb.grams }], [
        { id: 'MG-2508-GBD', product: 'magnet-ndfeb-sintered', massGrams: magnetGrams, composition: intoMagnets },
        { id: 'SW-2508-GBD', product: 'scrap-ndfeb-swarf', massGrams: massAtShare(swarf, 0.22), composition: swarf },
      ], { facility: r.magnetPlant, note: 'GBD grade: terbium diffused at the grain boundaries' }),
      s.ship(r.magnets, 'shp-2508-gbd', at('2025-08-28'), 'MG-2508-GBD', magnetGrams, r.exporter),
    ]);
    const lot = r.magnets.lot('MG-2508-GBD');
    w.record(r.exporter, at('2025-10-07', '10:00'), [
      s.receive(r.exporter, 'rcv-2508-gbd', at('2025-08-30'), lot, magnetGrams),
      s.export(r.exporter, 'exp-2509-gbd', at('2025-09-03'), lot, magnetGrams, 'US', { customsDeclaration: '2201250903006618' }),
    ]);
    return {
      world: w,
      find: { events: [r.exporter.event('exp-2509-gbd'), r.magnets.event('gbd-2508-01')], lots: [lot] },
    };
  },
});
