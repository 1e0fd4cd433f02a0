import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-22',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Imported monazite separated on top of a fully used separation quota',
  does: 'The Baotou separator\'s 2025 separation allocation is 10,000 t REO. In June it receives and separates 18,600 t of Bayan Obo concentrate (9,300 t REO). In October it imports 3,000 t of Madagascan monazite concentrate (60 % REO, 1,800 t REO) and separates it too, telling the group that imported ore "is outside the domestic allocation". Its year comes to some 11,100 t REO of separation feed, 11 % over its allocation; the monazite residue goes to the licensed disposer as it should.',
  expect: 'Separation over the separator\'s quota: the quota notices count imported ore, monazite included, against separation quotas; the October separation event and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06', { minedTonnes: 19_000, shippedTonnes: 18_600 });
    const monazite = { id: 'IMP-2510-MZ', product: 'concentrate-monazite', massGrams: tonnes(3_000) };
    const imported = s.import(r.separator, 'imp-2510-mz', at('2025-10-03'), monazite, 'MG', '020120251000088431');
    const residueGrams = tonnes(1_200);
    const plan = separate(s.lot(r.separator.lot(monazite.id)).composition, 'SEP-2510-MZ', { residue: { product: 'slag-monazite-residue', massGrams: residueGrams } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-11-06', '10:00'), [
      imported,
      s.process(r.separator, 'sep-2510-mz', at('2025-10-15'), [{ lot: monazite.id, massGrams: monazite.massGrams }], plan.outputs, { facility: r.separationPlant, note: 'imported monazite, caustic cracking; outside the domestic allocation' }),
      s.ship(r.separator, 'shp-2510-mzres', at('2025-10-24'), residue.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-10', r.separator.lot(residue.id), residueGrams, '2510');
    return { world: w, find: { parties: [r.separator.id], events: [r.separator.event('sep-2510-mz'), r.separator.event('imp-2510-mz')] } };
  },
});
