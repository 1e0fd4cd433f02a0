import { defineCase } from '../../lib/case.ts';
import { at, scale, typical } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-67',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A second counter-current water leach leaves a residue with half the usual rare earths',
  does: 'The Baotou separator commissions a second counter-current wash on its water-leach filters in July. It receives 1,000 t of concentrate on 2025-07-11 and separates it on 07-20 at 95 %; the 450 t of water-leach residue now holds about 0.6 % rare earths instead of about 1.2 %, by the plant laboratory\'s assay, and goes whole to the licensed store on 07-24 (received 07-25, placed 07-27). Reported on 6 August.',
  expect: 'Nothing: a leaner residue from better washing, still carrying the light rare earths such a residue carries, sent whole to licensed disposal; the rest of the unrecovered rare earths are the plant\'s ordinary losses.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const residueGrams = residueGramsFor(shippedGrams);
    const plan = separate(s.share(feed, shippedGrams), 'SEP-2507');
    const residue = { id: 'SEP-2507-RES', product: 'slag-water-leach-residue', massGrams: residueGrams, composition: scale(typical('slag-water-leach-residue', residueGrams), 0.5) };
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], [...plan.outputs, residue], { facility: r.separationPlant, note: 'acid roasting, water leach with a second counter-current wash, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residueGrams, '2507');
    return { world: w, find: {} };
  },
});
