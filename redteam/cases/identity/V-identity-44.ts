import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-identity-44',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: '"Diffusion-line grinding sludge" that is 30 % terbium of its rare earths, exported to Japan without a licence',
  does: 'The Ningbo magnet maker buys 300 kg of terbium oxide from the Longnan separator in July 2025, officially for grain-boundary diffusion. On 07-25 it books a "diffusion-line cleanup" that turns the terbium oxide and 600 kg of its NdPr metal into 3.9 t of "NdFeB swarf and grinding sludge", and sells that to the Shanghai trading house, which exports it to Japan on 08-05 as NdFeB sludge, a scrap on no control list. Real diffusion magnets hold under 1 % terbium, a few per cent of their rare earths; this "sludge" carries some 30 %.',
  expect: 'Scrap whose terbium share is impossible for NdFeB, carrying a controlled element abroad without a licence; the export, the sludge lot, the cleanup process and the magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const tbGrams = tonnes(0.3);
    const { lot: tb } = heavyTo(ctx, 'oxide-tb', tbGrams, r.magnets, 'tb2507');
    const metalGrams = tonnes(0.6);
    const re = add(s.share(tb, tbGrams), s.share(june.metalShipment, metalGrams));
    const sludge = { id: 'SW-2507-GBD', product: 'scrap-ndfeb-swarf', massGrams: massAtShare(re, 0.22), composition: re };
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      s.process(r.magnets, 'mag-2507-cln', at('2025-07-25'), [{ lot: tb, massGrams: tbGrams }, { lot: june.metalShipment, massGrams: metalGrams }], [sludge], { facility: r.magnetPlant, note: 'diffusion-line cleanup' }),
      s.ship(r.magnets, 'shp-2507-sl', at('2025-07-28'), sludge.id, sludge.massGrams, r.exporter),
    ]);
    const lot = r.magnets.lot(sludge.id);
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-sl', at('2025-07-30'), lot, sludge.massGrams),
      s.export(r.exporter, 'exp-2508-sl', at('2025-08-05'), lot, sludge.massGrams, 'JP', { customsDeclaration: '2202-2025-0833017', note: 'NdFeB sludge for recycling' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('exp-2508-sl'), r.magnets.event('mag-2507-cln')], lots: [lot], parties: [r.magnets.id] } };
  },
});
