import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { terbiumToMagnets } from '../../lib/round19.ts';

export default defineCase({
  id: 'H-identity-53',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Terbium-diffused traction-motor magnets at 0.8 % terbium exported to Germany without a licence',
  does: 'In August 2025 the Ningbo magnet maker buys 0.5 t of Tb4O7 from the Longnan separator and sinters its June NdPr metal (20 t) into traction-motor magnets, diffusing the terbium into the grain boundaries: the magnets hold about 0.8 % Tb at 30 % rare earths. It ships 45 t of them to the Shanghai trading house, which exports them to a German motor maker on 09-03 without a licence.',
  expect: 'Nothing: NdFeB magnets are not on the dual-use list; a GBD magnet\'s terbium share is well under 1 %, what diffusion gives.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const tb = terbiumToMagnets(ctx, '2025-08', '2508', 0.5);
    const ndprGrams = tonnes(20);
    const ndpr = s.share(june.metalShipment, ndprGrams);
    const intoMagnets = add(scale(ndpr, 0.78), scale(s.share(tb.lot, tb.grams), 0.97));
    const swarf = scale(subtract(ndpr, scale(ndpr, 0.78)), 0.2 / 0.22);
    const magnetGrams = massAtShare(intoMagnets, 0.3);
    const shipped = tonnes(45);
    w.record(r.magnets, at('2025-09-08', '10:00'), [
      s.process(r.magnets, 'gbd-2508-01', at('2025-08-25'), [{ lot: june.metalShipment, massGrams: ndprGrams }, { lot: tb.lot, massGrams: tb.grams }], [
        { id: 'MG-2508-GBD', product: 'magnet-ndfeb-sintered', massGrams: magnetGrams, composition: intoMagnets },
        { id: 'SW-2508-GBD', product: 'scrap-ndfeb-swarf', massGrams: massAtShare(swarf, 0.22), composition: swarf },
      ], { facility: r.magnetPlant, note: 'traction-motor grade, terbium grain-boundary diffusion' }),
      s.ship(r.magnets, 'shp-2508-gbd', at('2025-08-28'), 'MG-2508-GBD', shipped, r.exporter, 'MG-2508-GBD-S1'),
    ]);
    const lot = r.magnets.lot('MG-2508-GBD-S1');
    w.record(r.exporter, at('2025-10-07', '10:00'), [
      s.receive(r.exporter, 'rcv-2508-gbd', at('2025-08-30'), lot, shipped),
      s.export(r.exporter, 'exp-2509-gbd', at('2025-09-03'), lot, shipped, 'DE', { customsDeclaration: '2201250903006618' }),
    ]);
    return { world: w, find: {} };
  },
});
