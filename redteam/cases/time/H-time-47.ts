import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-47',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A separation campaign charged on 30 December and discharged on 2 January, booked at discharge in the new year',
  does: 'The Baotou separator receives 1,000 t of Bayan Obo concentrate on 2025-12-20 (December return, 01-06). The acid-roasting kiln campaign starts on 12-30; the extraction cascade discharges its products on 2026-01-02, when the run is booked, and the first 40 t of NdPr oxide go to the metal smelter on 01-04 (January return, 02-05). The run is counted against 2026\'s separation quota, as the group\'s practice books runs at discharge.',
  expect: 'Nothing: the run is booked at its completion, everything made is shipped after it, both months are reported by the 10th.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2026-01-05', '10:00'), [
      s.extract(r.miner, 'ext-2512-01', at('2025-12-05'), r.mine, { id: 'BC-2512-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_150) }),
      s.ship(r.miner, 'shp-2512-01', at('2025-12-19', '14:00'), 'BC-2512-01', tonnes(1_000), r.separator, 'BC-2512-01-S1'),
    ]);
    const feed = r.miner.lot('BC-2512-01-S1');
    w.record(r.separator, at('2026-01-06', '10:00'), [s.receive(r.separator, 'rcv-2512-01', at('2025-12-20', '09:00'), feed, tonnes(1_000))]);
    const plan = separate(s.lot(feed).composition, 'SEP-2601', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(tonnes(1_000)) } });
    const ndpr = plan.byProduct['oxide-ndpr']!;
    const residue = plan.residue!;
    w.record(r.separator, at('2026-02-05', '10:00'), [
      s.process(r.separator, 'sep-2601-01', at('2026-01-02', '18:00'), [{ lot: feed, massGrams: tonnes(1_000) }], plan.outputs, { facility: r.separationPlant, note: 'kiln campaign charged 2025-12-30, discharged 2026-01-02' }),
      s.ship(r.separator, 'shp-2601-ndpr', at('2026-01-04'), ndpr.id, tonnes(40), r.smelter, `${ndpr.id}-S1`),
      s.ship(r.separator, 'shp-2601-res', at('2026-01-15'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    w.record(r.disposer, at('2026-02-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2601-res', at('2026-01-16'), r.separator.lot(residue.id), residue.massGrams),
      s.dispose(r.disposer, 'dsp-2601-res', at('2026-01-18'), r.separator.lot(residue.id), residue.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    w.record(r.smelter, at('2026-02-07', '11:00'), [s.receive(r.smelter, 'rcv-2601-ndpr', at('2026-01-05'), r.separator.lot(`${ndpr.id}-S1`), tonnes(40))]);
    return { world: w, find: {} };
  },
});
