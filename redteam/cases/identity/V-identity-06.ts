import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-06',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Imported monazite declared as mixed rare earth carbonate',
  does: 'The separator imports 400 t of monazite concentrate from Madagascar but declares it as light mixed rare earth carbonate, an intermediate: the import then needs no report as imported ore, no separation quota, and leaves no thorium-bearing residue to account for. The lot grades 60 % REO with monazite\'s distribution (Sm, Gd, Y higher than any Bayan Obo carbonate), where a carbonate grades about 45 %.',
  expect: 'An imported lot whose grade and distribution are those of monazite, not of its label; the import event and its lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const lot = { id: 'IMP-2507-MC', product: 'mixed-carbonate-light', massGrams: tonnes(400), composition: typical('concentrate-monazite', tonnes(400)) };
    const imported = s.import(r.separator, 'imp-2507-mc', at('2025-07-03'), lot, 'MG', '222420250700091111');
    const plan = separate(lot.composition, 'SEP-2507-MC');
    w.record(r.separator, at('2025-08-06', '10:00'), [
      imported,
      s.process(r.separator, 'sep-2507-mc', at('2025-07-12'), [{ lot: lot.id, massGrams: lot.massGrams }], plan.outputs, { facility: r.separationPlant }),
    ]);
    return { world: w, find: { lots: [r.separator.lot(lot.id)], events: [r.separator.event('imp-2507-mc')] } };
  },
});
