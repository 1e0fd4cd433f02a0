import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-22',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A year at 95 % of the separation quota, imported monazite counted in',
  does: 'The Baotou separator\'s 2025 allocation is 10,000 t REO. In June it separates 16,000 t of Bayan Obo concentrate (8,000 t REO); in October it imports 2,500 t of Madagascan monazite (60 % REO, 1,500 t REO), reports it to the group as imported ore against its allocation, separates it, and sends the caustic-crack residue to the licensed disposer. Its year: 9,500 t REO of separation feed.',
  expect: 'Nothing: domestic and imported feed together stay inside the separator\'s allocation, and the imported ore is declared as such.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06', { minedTonnes: 16_500, shippedTonnes: 16_000 });
    const monazite = { id: 'IMP-2510-MZ', product: 'concentrate-monazite', massGrams: tonnes(2_500) };
    const imported = s.import(r.separator, 'imp-2510-mz', at('2025-10-03'), monazite, 'MG', '020120251000088431');
    const residueGrams = tonnes(1_000);
    const plan = separate(s.lot(r.separator.lot(monazite.id)).composition, 'SEP-2510-MZ', { residue: { product: 'slag-monazite-residue', massGrams: residueGrams } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-11-06', '10:00'), [
      imported,
      s.process(r.separator, 'sep-2510-mz', at('2025-10-15'), [{ lot: monazite.id, massGrams: monazite.massGrams }], plan.outputs, { facility: r.separationPlant, note: 'imported monazite, caustic cracking; reported to the group as imported ore against RT-Q2025-SEP-BT' }),
      s.ship(r.separator, 'shp-2510-mzres', at('2025-10-24'), residue.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-10', r.separator.lot(residue.id), residueGrams, '2510');
    return { world: w, find: {} };
  },
});
