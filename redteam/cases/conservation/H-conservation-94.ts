import { defineCase } from '../../lib/case.ts';
import { at, reo } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-94',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A well-calcined NdPr oxide at 99.6 % REO: the lot weighs barely more than the oxide its Pr and Nd make',
  does: 'The Baotou separator separates July\'s 1,000 t of Bayan Obo concentrate on 2025-07-20 at 95 %. A new tunnel kiln calcines the NdPr oxalate at a higher temperature for longer, so the oxide leaves with less moisture and carbonate than usual: 99.6 % REO (loss on ignition 0.4 %, an estimate of a good plant\'s figure), and the lot is booked at that weight.',
  expect: 'Nothing: an oxide lot a little heavier than its REO, as any oxide is; 99.6 % is a good commercial grade, not an impossibility.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 0.4 % loss on ignition of well-calcined NdPr oxide.
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const residueGrams = residueGramsFor(shippedGrams);
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGrams } });
    const ndpr = plan.byProduct['oxide-ndpr']!;
    ndpr.massGrams = Math.ceil(reo(ndpr.composition!) / 0.996);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction; NdPr oxalate calcined in the new tunnel kiln' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), 'SEP-2507-RES', residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot('SEP-2507-RES'), residueGrams, '2507');
    return { world: w, find: {} };
  },
});
