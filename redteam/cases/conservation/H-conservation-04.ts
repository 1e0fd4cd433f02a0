import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-04',
  family: 'conservation',
  violation: false,
  heldOut: false,
  title: 'A month that separates more than it received, from opening stock',
  does: 'The separator receives 1,000 t of concentrate in May but runs only 400 t of it that month (a line was down); in June it receives nothing and separates the other 600 t. June\'s output is well above June\'s intake.',
  expect: 'Nothing: June\'s feed is May\'s closing stock; a per-period balance must carry stock across months.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-05', { tag: '2505' });
    const mayGrams = tonnes(400);
    const juneGrams = shippedGrams - mayGrams;
    const may = separate(s.share(feed, mayGrams), 'SEP-2505', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(mayGrams) } });
    w.record(r.separator, at('2025-06-06', '10:00'), [
      s.receive(r.separator, 'rcv-2505-01', at('2025-05-11'), feed, shippedGrams),
      s.process(r.separator, 'sep-2505-01', at('2025-05-20'), [{ lot: feed, massGrams: mayGrams }], may.outputs, { facility: r.separationPlant }),
      s.ship(r.separator, 'shp-2505-res', at('2025-05-24'), may.residue!.id, may.residue!.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-05', r.separator.lot(may.residue!.id), may.residue!.massGrams, '2505');
    const june = separate(s.share(feed, juneGrams), 'SEP-2506', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(juneGrams) } });
    w.record(r.separator, at('2025-07-06', '10:00'), [
      s.process(r.separator, 'sep-2506-01', at('2025-06-09'), [{ lot: feed, massGrams: juneGrams }], june.outputs, { facility: r.separationPlant, note: 'line 1 back in service' }),
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), june.residue!.id, june.residue!.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-06', r.separator.lot(june.residue!.id), june.residue!.massGrams, '2506');
    return { world: w, find: {} };
  },
});
