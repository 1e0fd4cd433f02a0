import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { separate } from '../../lib/refining.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-residues-86',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Imported monazite cracked with caustic soda leaves 0.3 t of residue a tonne, two-thirds of what acid-roasting Bayan Obo concentrate leaves',
  does: 'The Baotou separator imports 300 t of Madagascan monazite concentrate at 60 % REO on 2025-07-02 and cracks it with caustic soda on 07-12, separating 95 % of its rare earths into oxides. Monazite is a phosphate richer in rare earths than Bayan Obo concentrate and the caustic route dissolves the phosphate away as trisodium phosphate, so the thorium-bearing cake left is 90 t, 0.3 t per t of feed against the 0.45 t of the acid-roast line. It leaves for the licensed store on 07-15 and is placed there on 07-18.',
  expect: 'Nothing: the residue is booked, sent whole to a store licensed for monazite residue and placed within a week; a lighter cake than acid roasting leaves is the chemistry of the caustic route.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 0.3 t of caustic-crack residue per t of monazite.
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const feedGrams = tonnes(300);
    const residueGrams = tonnes(90);
    const imp = s.import(r.separator, 'imp-2507-mz', at('2025-07-02'), { id: 'MZ-2507-01', product: 'concentrate-monazite', massGrams: feedGrams }, 'MG', '220220250700088124');
    const plan = separate(s.lot(r.separator.lot('MZ-2507-01')).composition, 'MZS-2507', { residue: { product: 'slag-monazite-residue', massGrams: residueGrams } });
    w.record(r.separator, at('2025-08-06', '10:00'), [
      imp,
      s.process(r.separator, 'sep-2507-mz', at('2025-07-12'), [{ lot: 'MZ-2507-01', massGrams: feedGrams }], plan.outputs, { facility: r.separationPlant, note: 'caustic soda cracking of monazite, HCl dissolution, solvent extraction; trisodium phosphate crystallised and sold' }),
      s.ship(r.separator, 'shp-2507-mzres', at('2025-07-15'), 'MZS-2507-RES', residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    const residue = r.separator.lot('MZS-2507-RES');
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-mzres', at('2025-07-16'), residue, residueGrams),
      s.dispose(r.disposer, 'dsp-2507-mzres', at('2025-07-18'), residue, residueGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
