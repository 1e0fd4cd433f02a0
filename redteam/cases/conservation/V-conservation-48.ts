import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-48',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Ningbo magnet maker sinters 200 t of magnets holding 60 t of rare earths from 20 t of recorded NdPr metal',
  does: 'The Ningbo magnet maker buys most of its NdPr and Dy metal for cash from smelters outside the system. Its books show only the 20 t of NdPr metal it received from the Baotou smelter in June as input to its July sintering campaign, but the 200 t of sintered magnets it books (07-15) carry some 60 t of rare earths, the grade\'s 29–32 %.',
  expect: 'Magnets holding three times the rare earths of the recorded feed: the sintering process, the magnet lot and the magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      s.process(r.magnets, 'sin-2507-01', at('2025-07-15'), [{ lot: lots.metalShipment, massGrams: tonnes(20) }], [
        { id: 'NB-2507-MAG', product: 'magnet-ndfeb-sintered', massGrams: tonnes(200), composition: typical('magnet-ndfeb-sintered', tonnes(200)) },
      ], { facility: r.magnetPlant, note: 'strip casting, HD, jet milling, pressing, sintering' }),
    ]);
    return { world: w, find: { parties: [r.magnets.id], events: [r.magnets.event('sin-2507-01')], lots: [r.magnets.lot('NB-2507-MAG')] } };
  },
});
