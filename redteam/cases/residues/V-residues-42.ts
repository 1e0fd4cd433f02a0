import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-42',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Monazite cracking residue declared as "recycling leach residue" and landfilled',
  does: 'The Baotou separator imports 400 t of Madagascan monazite concentrate on 2025-07-03, declared as monazite, and cracks it with caustic soda on 07-12 inside its quota. Thorium follows the undissolved residue; the radioactive store charges ten times what an industrial landfill does. So the separator books its 120 t of caustic-crack residue under the code of the iron-rich, non-radioactive leach residue that magnet recyclers make, and on 07-20 ships it to a Baotou industrial landfill licensed for non-radioactive slags, which receives it on 07-21 and landfills it on 07-23. All report on time.',
  expect: 'A residue that can only be thorium-bearing, the caustic-crack residue of monazite, declared as non-radioactive recycling residue and landfilled instead of stored as radioactive waste; the separation that names it, the residue lot, the disposal and the parties.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const landfill = w.party('landfill', { kind: 'enterprise', roles: ['disposer'], nameZh: '包头市固体废物综合处置有限公司', nameEn: 'Baotou Solid Waste Disposal Co.', region: '150200' });
    const landfillLicence = w.licence({ id: 'RT-DSP-BTL-2024', party: landfill.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-recycling-residue', 'slag-electrolysis'] } });
    const site = w.facility({ id: 'site-baotou-industrial-landfill', party: landfill.id, kind: 'disposal-site', nameZh: '包头工业固废填埋场', nameEn: 'Baotou industrial solid waste landfill', region: '150200', licence: landfillLicence });
    const lot = { id: 'IMP-2507-MZ', product: 'concentrate-monazite', massGrams: tonnes(400) };
    const imported = s.import(r.separator, 'imp-2507-mz', at('2025-07-03'), lot, 'MG', '222420250700091111');
    const residueGrams = tonnes(120);
    const plan = separate(s.lot(r.separator.lot(lot.id)).composition, 'SEP-2507-MZ', { residue: { product: 'slag-recycling-residue', massGrams: residueGrams } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      imported,
      s.process(r.separator, 'sep-2507-mz', at('2025-07-12'), [{ lot: lot.id, massGrams: lot.massGrams }], plan.outputs, { facility: r.separationPlant, note: 'caustic soda cracking of imported monazite' }),
      s.ship(r.separator, 'shp-2507-mzres', at('2025-07-20'), residue.id, residueGrams, landfill),
    ]);
    const residueLot = r.separator.lot(residue.id);
    w.record(landfill, at('2025-08-07', '10:00'), [
      s.receive(landfill, 'rcv-2507-mzres', at('2025-07-21'), residueLot, residueGrams),
      s.dispose(landfill, 'dsp-2507-mzres', at('2025-07-23'), residueLot, residueGrams, 'landfill', site),
    ]);
    return {
      world: w,
      find: {
        events: [r.separator.event('sep-2507-mz'), landfill.event('dsp-2507-mzres')],
        lots: [residueLot],
        parties: [r.separator.id, landfill.id],
      },
    };
  },
});
