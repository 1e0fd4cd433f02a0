import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, tonnes, totalGrams } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { ningboIncinerator } from '../../lib/round19.ts';

export default defineCase({
  id: 'H-residues-55',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Oily grinding filter cake, 3 % rare earths, sent to a licensed Ningbo incinerator; the swarf itself to the recycler',
  does: 'In July 2025 the Ningbo magnet maker sinters its June NdPr metal. Its grinding swarf is pressed out of the coolant; the spent filter paper, rags and oily cake from the coolant filters (0.4 t, about 3 % rare earths, an estimate) cannot be leached and are hazardous waste. They go on 07-18 to a licensed hazardous-waste incinerator in Beilun, which receives them the next day and burns them on 07-21. The rest of the swarf (almost all its rare earths) goes to the Ganzhou recycler on 07-22.',
  expect: 'Nothing: a small, poor waste stream with a licensed disposer licensed for it, the recyclable swarf recycled.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const inc = ningboIncinerator(ctx);
    const grams = tonnes(20);
    const { magnets, swarf } = sinter(s.share(june.metalShipment, grams), '2507');
    const cakeGrams = tonnes(0.4);
    const cake = scale(swarf.composition!, (cakeGrams * 0.03) / totalGrams(swarf.composition!));
    const pressed = subtract(swarf.composition!, cake);
    const pressedGrams = swarf.massGrams - cakeGrams;
    w.record(r.magnets, at('2025-08-06', '10:00'), [
      s.process(r.magnets, 'sin-2507-01', at('2025-07-08'), [{ lot: june.metalShipment, massGrams: grams }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing, sintering, grinding' }),
      s.process(r.magnets, 'prs-2507-01', at('2025-07-16'), [{ lot: swarf.id, massGrams: swarf.massGrams }], [
        { id: 'SW-2507-P', product: 'scrap-ndfeb-swarf', massGrams: pressedGrams, composition: pressed },
        { id: 'FC-2507-01', product: 'scrap-ndfeb-swarf', massGrams: cakeGrams, composition: cake },
      ], { facility: r.magnetPlant, note: 'swarf pressed out of the coolant; spent filter media and oily cake separated' }),
      s.ship(r.magnets, 'shp-2507-fc', at('2025-07-18'), 'FC-2507-01', cakeGrams, inc.party, undefined, 'hazardous-waste transfer manifest HW-2025-0718'),
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-22'), 'SW-2507-P', pressedGrams, r.recycler),
    ]);
    w.record(inc.party, at('2025-08-07', '10:00'), [
      s.receive(inc.party, 'rcv-2507-fc', at('2025-07-19'), r.magnets.lot('FC-2507-01'), cakeGrams),
      s.dispose(inc.party, 'dsp-2507-fc', at('2025-07-21'), r.magnets.lot('FC-2507-01'), cakeGrams, 'incineration', inc.site),
    ]);
    w.record(r.recycler, at('2025-08-07', '11:00'), [s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-24'), r.magnets.lot('SW-2507-P'), pressedGrams)]);
    return { world: w, find: {} };
  },
});
