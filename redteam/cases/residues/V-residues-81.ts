import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-81',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A "re-leach" that shrinks 450 t of radioactive residue to 120 t',
  does: 'The Baotou separator keeps its June water-leach residue (450 t) in its yard and on 07-05 records a "re-leach" of it: 6 t of mixed rare earth carbonate recovered and 120 t of leached residue, which it sends to the licensed store on 07-22. Leaching takes out the rare earths, a few per cent of the residue\'s weight; it cannot take out the thorium-bearing gangue. The missing 324 t were trucked to a brickworks as "iron-rich filler". Everyone reports on time.',
  expect: 'A process that makes most of a radioactive residue vanish: 324 t of residue neither in the store nor in any output. The re-leach, the residue lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const held = s.lot(june.residue);
    const input = held.massGrams;
    const recovered = scale(held.composition, 0.4);
    const carbonate = { id: 'SEP-2507-RL-MC', product: 'mixed-carbonate-light', massGrams: oxideMass(recovered, 0.45), composition: recovered };
    const leached = { id: 'SEP-2507-RL-RES', product: 'slag-water-leach-residue', massGrams: tonnes(120), composition: subtract(held.composition, recovered) };
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.process(r.separator, 'rl-2507-01', at('2025-07-05'), [{ lot: june.residue, massGrams: input }], [carbonate, leached], { facility: r.separationPlant, note: 're-leach of the June residue' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-22'), leached.id, leached.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(leached.id), leached.massGrams, '2507');
    return {
      world: w,
      find: { events: [r.separator.event('rl-2507-01')], lots: [june.residue, r.separator.lot(leached.id)], parties: [r.separator.id] },
    };
  },
});
