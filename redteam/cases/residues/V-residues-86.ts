import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { separate } from '../../lib/refining.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-residues-86',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Imported monazite cracked with no residue booked at all: 300 t of feed become 174 t of oxides and nothing else',
  does: 'The Baotou separator imports 300 t of Madagascan monazite concentrate on 2025-07-02 (declared to the group as imported ore) and cracks it with caustic soda on 07-12, separating 95 % of its rare earths into oxides. Its campaign books the oxides and nothing else: the thorium-bearing caustic-crack residue, about 120 t, is trucked at night to a disused quarry pit in Shiguai, so that no residue lot ever appears in its books or at the licensed store.',
  expect: 'A cracking of a radioactive feed with no residue at all: the campaign, the monazite lot and the separator.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 0.4 t of caustic-crack residue per t of monazite (left unbooked here).
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const feedGrams = tonnes(300);
    const imp = s.import(r.separator, 'imp-2507-mz', at('2025-07-02'), { id: 'MZ-2507-01', product: 'concentrate-monazite', massGrams: feedGrams }, 'MG', '220220250700088124');
    const plan = separate(s.lot(r.separator.lot('MZ-2507-01')).composition, 'MZS-2507');
    w.record(r.separator, at('2025-08-06', '10:00'), [
      imp,
      s.process(r.separator, 'sep-2507-mz', at('2025-07-12'), [{ lot: 'MZ-2507-01', massGrams: feedGrams }], plan.outputs, { facility: r.separationPlant, note: 'caustic soda cracking of monazite, HCl dissolution, solvent extraction' }),
    ]);
    return { world: w, find: { events: [r.separator.event('sep-2507-mz')], lots: [r.separator.lot('MZ-2507-01')], parties: [r.separator.id] } };
  },
});
