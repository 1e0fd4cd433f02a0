import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-64',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Rain-wet concentrate kiln-dried at the separator before roasting: 1,000 t received, 940 t fed, same rare earths',
  does: 'July 2025: the 1,000 t of Bayan Obo concentrate shipped on 07-10 arrives on 07-11 after heavy rain, carrying about 6 % water (an estimate). On 07-14 the separator dries it in its rotary dryer into 940 t of dry concentrate, booked as a process with the same composition, then on 07-20 separates the dry lot at 95 % with its residue (0.45 t a tonne of dry feed) shipped to the licensed store on 07-24. Everyone reports on time.',
  expect: 'Nothing: drying takes water, not rare earths; every element in the wet lot is in the dry lot, then in the oxides and residue.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const composition = s.share(feed, shippedGrams);
    const dryGrams = tonnes(940);
    const dry = s.process(r.separator, 'dry-2507-01', at('2025-07-14'), [{ lot: feed, massGrams: shippedGrams }], [
      { id: 'BCD-2507-01', product: 'concentrate-bayan-obo', massGrams: dryGrams, composition },
    ], { facility: r.separationPlant, note: 'rotary dryer: free water driven off (about 6 %, estimate)' });
    const plan = separate(s.lot(r.separator.lot('BCD-2507-01')).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(dryGrams) } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      dry,
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: 'BCD-2507-01', massGrams: dryGrams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: {} };
  },
});
