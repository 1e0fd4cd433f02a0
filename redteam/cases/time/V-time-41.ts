import type { LedgerEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-41',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A recycler that reports by the quarter',
  does: 'The Ganzhou recycler\'s bookkeeping runs on its VAT quarters. In July, August and September 2025 it collects 40 t of NdFeB grinding sludge each month from Ningbo grinding shops (07-08, 08-07, 09-09) and refines each lot at 95 % within two weeks. It enters nothing in July or August and files the whole quarter, six events, in one report on 10-08: on time for September, five and nine weeks late for August and July.',
  expect: 'Monthly flow data entered after the 10th of the following month: July\'s and August\'s events recorded on 10-08; the events of those months and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const events: LedgerEvent[] = [];
    const months = [['2025-07', '08', '21'], ['2025-08', '07', '19'], ['2025-09', '09', '22']] as const;
    for (const [month, collectDay, refineDay] of months) {
      const tag = month.slice(2).replace('-', '');
      const sludge = { id: `SW-${tag}-NB`, product: 'scrap-ndfeb-swarf', massGrams: tonnes(40) };
      events.push(s.collect(r.recycler, `col-${tag}-01`, at(`${month}-${collectDay}`), sludge, { name: '宁波北仑精磨加工联合体' }, r.recyclingPlant));
      const recovered = scale(s.lot(r.recycler.lot(sludge.id)).composition, 0.95);
      const ndpr = pick(recovered, ['Pr', 'Nd']);
      const dytb = pick(recovered, ['Dy', 'Tb']);
      events.push(s.process(r.recycler, `rec-${tag}-01`, at(`${month}-${refineDay}`), [{ lot: sludge.id, massGrams: sludge.massGrams }], [
        { id: `RE-${tag}-NDPR`, product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: `RE-${tag}-HRE`, product: 'mixed-oxide-heavy', massGrams: oxideMass(dytb, 0.95), composition: dytb },
      ], { facility: r.recyclingPlant, note: 'sludge roasted, HCl leach, solvent extraction' }));
    }
    w.record(r.recycler, at('2025-10-08', '15:00'), events);
    return {
      world: w,
      find: {
        events: [r.recycler.event('col-2507-01'), r.recycler.event('rec-2507-01'), r.recycler.event('col-2508-01'), r.recycler.event('rec-2508-01')],
        parties: [r.recycler.id],
      },
    };
  },
});
