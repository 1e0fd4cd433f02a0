import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-20',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A separator re-leaches its own residue before sending it to the store',
  does: 'The separator keeps June\'s 450 t of water-leach residue in its lined temporary store and, on 2025-07-15, runs it once more through a second acid leach at the same plant, recovering 40 % of the rare earths it still held (about 2 t, mostly Ce and La) as mixed rare earth carbonate. The leaner residue, 445 t, goes to the licensed disposer on 07-24 and into the radioactive store on 07-27.',
  expect: 'Nothing: a licensed separator re-treating its own residue at its licensed plant within weeks, the residue leaner afterwards and disposed of by the licensed disposer.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.residue;
    const residueGrams = june.separation.residue!.massGrams;
    const held = s.lot(residue).composition;
    const recovered = scale(held, 0.4);
    const leaner = subtract(held, recovered);
    const leanerGrams = tonnes(445);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.process(r.separator, 'rl-2507-01', at('2025-07-15'), [{ lot: 'SEP-2506-RES', massGrams: residueGrams }], [
        { id: 'RL-2507-MC', product: 'mixed-carbonate-light', massGrams: oxideMass(recovered, 0.45), composition: recovered },
        { id: 'RL-2507-RES', product: 'slag-water-leach-residue', massGrams: leanerGrams, composition: leaner },
      ], { facility: r.separationPlant, note: 'second acid leach of the June water-leach residue; carbonate precipitated' }),
      s.ship(r.separator, 'shp-2507-rl', at('2025-07-24'), 'RL-2507-RES', leanerGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot('RL-2507-RES'), leanerGrams, '2507');
    return { world: w, find: {} };
  },
});
