import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-06',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Thorium-bearing residue sold to a recycler for re-leaching',
  does: 'Instead of the licensed disposer, the separator sells June\'s water-leach residue to the Ganzhou recycler, licensed for magnet scrap, which re-leaches it for its last rare earths and keeps the thorium-bearing tailings in its yard.',
  expect: 'Radioactive residue going to a party with no licence to handle it, and not reaching disposal; the lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const grams = s.lot(june.residue).massGrams;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-res', at('2025-07-03'), june.residue, grams, r.recycler)]);
    const recovered = scale(s.lot(june.residue).composition, 0.8);
    const light = pick(recovered, ['La', 'Ce', 'Pr', 'Nd']);
    const leftover = { id: 'RC-2507-TAIL', product: 'slag-water-leach-residue', massGrams: grams - oxideMass(light, 0.45), composition: scale(s.lot(june.residue).composition, 0.19) };
    w.record(r.recycler, at('2025-08-07', '10:00'), [
      s.receive(r.recycler, 'rcv-2507-res', at('2025-07-06'), june.residue, grams),
      s.process(r.recycler, 'rec-2507-res', at('2025-07-15'), [{ lot: june.residue, massGrams: grams }], [
        { id: 'RC-2507-MIX', product: 'mixed-carbonate-light', massGrams: oxideMass(light, 0.45), composition: light },
        leftover,
      ], { facility: r.recyclingPlant, note: 're-leach' }),
    ]);
    return { world: w, find: { lots: [june.residue, r.recycler.lot('RC-2507-TAIL')], parties: [r.recycler.id] } };
  },
});
