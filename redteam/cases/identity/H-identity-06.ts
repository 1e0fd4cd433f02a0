import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-06',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Imported monazite declared as monazite and separated in quota',
  does: 'The separator imports 400 t of monazite concentrate from Madagascar under its own name (thorium-bearing, 60 % REO), separates it at 95 % inside its quota, and sends the caustic-crack residue to the licensed disposer.',
  expect: 'Nothing: the imported ore is declared as what it is, separated under licence and quota, and its radioactive residue is disposed of by a licensed disposer.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const lot = { id: 'IMP-2507-MZ', product: 'concentrate-monazite', massGrams: tonnes(400) };
    const imported = s.import(r.separator, 'imp-2507-mz', at('2025-07-03'), lot, 'MG', '222420250700091111');
    const plan = separate(s.lot(r.separator.lot(lot.id)).composition, 'SEP-2507-MZ', { residue: { product: 'slag-monazite-residue', massGrams: tonnes(120) } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      imported,
      s.process(r.separator, 'sep-2507-mz', at('2025-07-12'), [{ lot: lot.id, massGrams: lot.massGrams }], plan.outputs, { facility: r.separationPlant, note: 'caustic soda cracking of imported monazite' }),
      s.ship(r.separator, 'shp-2507-mzres', at('2025-07-20'), residue.id, residue.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: {} };
  },
});
