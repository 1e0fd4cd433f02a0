import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-71',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Bayan Obo concentrate that "arrives from Mongolia" at a separator 150 km from the mine',
  does: 'The Northern group\'s mining quota is spent, but a contractor\'s pit on the edge of the Bayan Obo field keeps digging. To bring its 300 t of concentrate into the books without a mining record, the Baotou separator books it on 07-14 as an import from Mongolia through Erenhot, quoting a customs declaration number, as "Bayan Obo concentrate" (the only code that fits its assay: 50 % REO, the Bayan Obo distribution). Mongolia has no rare earth mine in production. The separator separates the lot at 95 % on 07-22 and sends its residue to the licensed store on 07-24. Everyone reports on time.',
  expect: 'An import whose origin cannot have produced it: concentrate of a Chinese deposit\'s label and fingerprint entering the chain as Mongolian; the import event, its lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    const grams = tonnes(300);
    const lot = { id: 'IMP-2507-MN', product: 'concentrate-bayan-obo', massGrams: grams };
    const imported = s.import(r.separator, 'imp-2507-mn', at(day(month, 14)), lot, 'MN', '070820250700014471');
    const plan = separate(s.lot(r.separator.lot(lot.id)).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(grams) } });
    const residue = plan.residue!;
    w.record(r.separator, reportTime(month, 6), [
      imported,
      s.process(r.separator, 'sep-2507-01', at(day(month, 22)), [{ lot: lot.id, massGrams: grams }], plan.outputs, { facility: r.separationPlant, note: 'imported concentrate, Erenhot' }),
      s.ship(r.separator, 'shp-2507-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2507');
    return {
      world: w,
      find: { events: [r.separator.event('imp-2507-mn')], lots: [r.separator.lot(lot.id)], parties: [r.separator.id] },
    };
  },
});
