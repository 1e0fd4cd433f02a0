import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

const MONTHS = ['2025-01', '2025-03', '2025-04', '2025-05', '2025-07', '2025-08'];

export default defineCase({
  id: 'V-licences-78',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A second-batch quota takes the Bayan Obo miner past its licence: 15,900 t REO mined on a licence for 15,000 t a year',
  does: 'The Dongshan miner\'s mining licence is for 15,000 t REO a year; its 2025 allocation is 12,000 t REO in the first batch, and the group allocates it 4,000 t more in a second batch. It mines 5,100 t of 50 % concentrate (2,550 t REO) in each of January, March, April, May, July and August and the baseline\'s 1,200 t in June, stockpiling the concentrate at the mine for the group\'s new separation line: 15,900 t REO by the end of August, inside its 16,000 t of quota. The licence\'s capacity was never raised. Each month is reported on the 5th.',
  expect: 'Extraction beyond the capacity of the mining licence, though inside the quota: the August extraction that crosses it and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.quota({ id: 'RT-Q2025-MIN-BY-B2', year: 2025, batch: 2, holder: r.miner.id, activity: 'mining', oreType: 'rock', tonnesReo: 4_000, allocatedFrom: 'RT-Q2025-MIN-GROUP' });
    for (const month of MONTHS) {
      const tag = month.slice(2).replace('-', '');
      w.record(r.miner, reportTime(month, 5), [
        s.extract(r.miner, `ext-${tag}-01`, at(day(month, 3)), r.mine, { id: `BC-${tag}-01`, product: 'concentrate-bayan-obo', massGrams: tonnes(5_100) }, 'stockpiled at the mine for the group\'s new separation line'),
      ]);
    }
    return {
      world: w,
      find: { events: [r.miner.event('ext-2508-01')], lots: [r.miner.lot('BC-2508-01')], parties: [r.miner.id] },
    };
  },
});
