// Estimates (not in shared/DOMAIN.md): as chain.ts's honest month (95 % recovery, 0.45 t of
// water-leach residue per t of concentrate).
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on, separatorMonthOutputs } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-residues-13',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'July\'s water-leach residue waits five weeks in the Baotou separator\'s lined yard while the store commissions a new cell',
  does: 'In July 2025 the Baotou separator receives 1,000 t of Bayan Obo concentrate (07-11) and separates it on 07-20. The licensed residue store is closing its full cell and commissioning the next, and takes no deliveries until late August; the separator keeps the 450 t of water-leach residue in its own covered, lined temporary residue yard, inside its licensed plant, as its radiation permit allows for up to three months. It ships the residue on 08-22; the store receives it on 08-25 and places it on 08-27. Everyone reports each month on time.',
  expect: 'Nothing: the residue stays in the generating plant\'s permitted temporary store for five weeks and then reaches the licensed store, in full.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const outputs = separatorMonthOutputs(s.lot(feed).composition, shippedGrams, 'SEP-2507');
    const residue = outputs[outputs.length - 1]!;
    w.record(r.separator, on('2025-08-06'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction; residue to the lined temporary yard' }),
    ]);
    w.record(r.separator, on('2025-09-06'), [
      s.ship(r.separator, 'shp-2508-res', at('2025-08-22'), residue.id, residue.massGrams, r.disposer, undefined, 'July residue from the temporary yard, sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-08', r.separator.lot(residue.id), residue.massGrams, '2508');
    return { world: w, find: {} };
  },
});
