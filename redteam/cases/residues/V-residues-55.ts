import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-55',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The Ningbo magnet works books a month\'s grinding sludge as "burnt on site, pyrophoric", 4 t of NdPr in it',
  does: 'In July 2025 the Ningbo magnet maker sinters the 20 t of NdPr metal it received in June into magnets; its grinding swarf holds a fifth of the rare earths (about 18 t of sludge at 22 % RE). NdFeB sludge is pyrophoric, and the works books the whole lot as incinerated in its own yard on 07-20, "self-heating in the drums, burnt for safety". It holds no disposal licence and its plant is no disposal site; the sludge, worth more than its weight in concentrate, went by night to an unlicensed leaching workshop in Longnan.',
  expect: 'A rich recycling feed destroyed by a party with no disposal licence at a plant that is no disposal site: the disposal event, the swarf lot and the magnet maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    const { magnets, swarf } = sinter(s.share(june.metalShipment, grams), '2507');
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      s.process(r.magnets, 'sin-2507-01', at('2025-07-08'), [{ lot: june.metalShipment, massGrams: grams }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing, sintering, grinding' }),
      s.dispose(r.magnets, 'dsp-2507-sw', at('2025-07-20'), swarf.id, swarf.massGrams, 'incineration', r.magnetPlant),
    ]);
    return { world: w, find: { events: [r.magnets.event('dsp-2507-sw')], lots: [r.magnets.lot(swarf.id)], parties: [r.magnets.id] } };
  },
});
