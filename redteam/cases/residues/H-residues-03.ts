import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separate } from '../../lib/refining.ts';

export default defineCase({
  id: 'H-residues-03',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A disposer takes in residues from two plants and stores them in one campaign',
  does: 'The licensed disposer receives the separator\'s June water-leach residue and, from the same separator\'s monazite line, caustic-crack residue; it places both in its radioactive store in one campaign on 2025-06-30.',
  expect: 'Nothing: every residue lot reaches licensed disposal, whatever the batching.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const lot = { id: 'IMP-2506-MZ', product: 'concentrate-monazite', massGrams: tonnes(200) };
    const imported = s.import(r.separator, 'imp-2506-mz', at('2025-06-04'), lot, 'MG', '222420250600091111');
    const plan = separate(s.lot(r.separator.lot(lot.id)).composition, 'SEP-2506-MZ', { residue: { product: 'slag-monazite-residue', massGrams: tonnes(60) } });
    const mz = plan.residue!;
    const waterLeachGrams = s.lot(june.residue).massGrams;
    w.record(r.separator, at('2025-07-06', '11:00'), [
      imported,
      s.process(r.separator, 'sep-2506-mz', at('2025-06-12'), [{ lot: lot.id, massGrams: lot.massGrams }], plan.outputs, { facility: r.separationPlant }),
      s.ship(r.separator, 'shp-2506-res', at('2025-06-26'), june.residue, waterLeachGrams, r.disposer),
      s.ship(r.separator, 'shp-2506-mzres', at('2025-06-26', '10:00'), mz.id, mz.massGrams, r.disposer),
    ]);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-27'), june.residue, waterLeachGrams),
      s.receive(r.disposer, 'rcv-2506-mzres', at('2025-06-27', '11:00'), r.separator.lot(mz.id), mz.massGrams),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-30'), june.residue, waterLeachGrams, 'radioactive-waste-storage', r.disposalSite),
      s.dispose(r.disposer, 'dsp-2506-mzres', at('2025-06-30', '09:00'), r.separator.lot(mz.id), mz.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
