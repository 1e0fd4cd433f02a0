import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-41',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A recycler shut for the Spring Festival and its relining files nothing for February',
  does: 'The Ganzhou recycler collects 40 t of NdFeB sludge on 2025-01-06 and refines it on 01-16, then shuts the plant from 01-20 for the Spring Festival and the relining of its roasting kiln; it holds no scrap and ships nothing in February. It restarts on 03-03, collects 40 t on 03-04 and refines them on 03-14. It reports January on 02-08 and March on 04-08; for February there is no flow to enter.',
  expect: 'Nothing: each month with events is reported by the 10th of the next; a month without a single receipt, shipment or process has no flow data to submit, and nothing happened in February that is reported late.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    for (const [month, collectDay, refineDay, reportDay] of [['2025-01', '06', '16', '2025-02-08'], ['2025-03', '04', '14', '2025-04-08']] as const) {
      const tag = month.slice(2).replace('-', '');
      const sludge = { id: `SW-${tag}-NB`, product: 'scrap-ndfeb-swarf', massGrams: tonnes(40) };
      const collect = s.collect(r.recycler, `col-${tag}-01`, at(`${month}-${collectDay}`), sludge, { name: '宁波北仑精磨加工联合体' }, r.recyclingPlant);
      const recovered = scale(s.lot(r.recycler.lot(sludge.id)).composition, 0.95);
      const ndpr = pick(recovered, ['Pr', 'Nd']);
      const dytb = pick(recovered, ['Dy', 'Tb']);
      w.record(r.recycler, at(reportDay, '10:00'), [
        collect,
        s.process(r.recycler, `rec-${tag}-01`, at(`${month}-${refineDay}`), [{ lot: sludge.id, massGrams: sludge.massGrams }], [
          { id: `RE-${tag}-NDPR`, product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
          { id: `RE-${tag}-HRE`, product: 'mixed-oxide-heavy', massGrams: oxideMass(dytb, 0.95), composition: dytb },
        ], { facility: r.recyclingPlant, note: 'sludge roasted, HCl leach, solvent extraction' }),
      ]);
    }
    return { world: w, find: {} };
  },
});
