import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, subtract } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { cappedResidue } from '../../lib/round7.ts';

export default defineCase({
  id: 'V-licences-64',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A magnet works leaches its own grinding swarf back into NdPr oxide in a back-yard tank line, with no recycling licence',
  does: 'In July 2025 the Ningbo magnet maker sinters June\'s 20 t of NdPr metal (07-03). Rather than sell the swarf to a licensed recycler, on 07-18 it dissolves it in hydrochloric acid in a tank line set up behind the plant, precipitates oxalate and calcines it into NdPr oxide (94 % recovery), and books the iron-rich leach residue in its yard. Recovering rare earths from scrap is comprehensive utilisation, which only a licensed recycler may do. It reports July on 08-08.',
  expect: 'A recycling process by a party that holds no recycling licence: the magnet maker\'s leach and its oxide lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const metalGrams = s.lot(june.metalShipment).massGrams;
    const { magnets, swarf } = sinter(s.share(june.metalShipment, metalGrams), '2507');
    const e1 = s.process(r.magnets, 'mag-2507-01', at('2025-07-03'), [{ lot: june.metalShipment, massGrams: metalGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'sintering campaign' });
    const feed = swarf.composition!;
    const oxide = pick(scale(feed, 0.94), ['Pr', 'Nd']);
    const resGrams = Math.round(swarf.massGrams * 0.7);
    const e2 = s.process(r.magnets, 'lch-2507-sw', at('2025-07-18'), [{ lot: swarf.id, massGrams: swarf.massGrams }], [
      { id: 'OX-2507-REC', product: 'oxide-ndpr', massGrams: oxideMass(oxide), composition: oxide },
      { id: 'RES-2507-SW', product: 'slag-recycling-residue', massGrams: resGrams, composition: cappedResidue('slag-recycling-residue', resGrams, subtract(feed, oxide)) },
    ], { facility: r.magnetPlant, note: 'HCl leach, oxalate precipitation, calcination (in-house)' });
    w.record(r.magnets, at('2025-08-08', '10:00'), [e1, e2]);
    return { world: w, find: { events: [r.magnets.event('lch-2507-sw')], lots: [r.magnets.lot('OX-2507-REC')] } };
  },
});
