import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-47',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'An imported monazite cargo cracked with no residue booked: 200 t of thorium-bearing monazite become only rare earth oxides',
  does: 'The Baotou separator imports 200 t of Vietnamese monazite concentrate (60 % REO) on 07-03 and cracks it with caustic soda on 07-15. Monazite carries several per cent of thorium and its caustic crack leaves a thorium-bearing residue that must go to licensed radioactive storage; the separator books only the separated oxides from the run, and the cracking residue, which it never ships, is dumped.',
  expect: 'A monazite separation that books no residue, leaving its radioactive residue unaccounted: the process, the imported lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const imported = s.import(r.separator, 'imp-2507-mz', at('2025-07-03'), { id: 'MZ-2507-01', product: 'concentrate-monazite', massGrams: tonnes(200) }, 'VN', '220120250703006612');
    const plan = separate(s.lot(r.separator.lot('MZ-2507-01')).composition, 'SEP-2507MZ');
    w.record(r.separator, at('2025-08-06', '10:00'), [
      imported,
      s.process(r.separator, 'sep-2507-mz', at('2025-07-15'), [{ lot: 'MZ-2507-01', massGrams: tonnes(200) }], plan.outputs, { facility: r.separationPlant, note: 'caustic cracking, solvent extraction' }),
    ]);
    return { world: w, find: { parties: [r.separator.id], lots: [r.separator.lot('MZ-2507-01')], events: [r.separator.event('sep-2507-mz')] } };
  },
});
