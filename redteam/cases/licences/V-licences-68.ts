import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

const MONTHS = ['01', '02', '03', '04', '05', '07', '08', '09', '10', '11', '12'];

export default defineCase({
  id: 'V-licences-68',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A second quota batch lifts the miner above its mining licence\'s capacity, and it mines to the quota',
  does: 'The Bayan Obo miner\'s mining licence allows 15,000 t REO a year. Its 2025 quota is 12,000 t REO in the first batch; in the second batch (August) the group allocates it 4,000 t more. It mines 2,700 t of 50 % concentrate on the 3rd of every month but June (1,200 t in June), 15,450 t REO in the year, stockpiled at the mine for the group\'s new separation plant: inside the 16,000 t quota, 450 t REO over what its licence permits. Each month is reported on the 5th of the next.',
  expect: 'Extraction beyond the mining licence\'s yearly capacity, even inside the quota: the miner and its extractions from the month the capacity was passed.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.quota({ id: 'RT-Q2025-MIN-GROUP-B2', year: 2025, batch: 2, holder: r.group.id, activity: 'mining', oreType: 'rock', tonnesReo: 40_000 });
    w.quota({ id: 'RT-Q2025-MIN-BY-B2', year: 2025, batch: 2, holder: r.miner.id, activity: 'mining', oreType: 'rock', tonnesReo: 4_000, allocatedFrom: 'RT-Q2025-MIN-GROUP-B2' });
    honestMonth(ctx, '2025-06');
    for (const m of MONTHS) {
      const next = m === '12' ? '2026-01' : `2025-${String(Number(m) + 1).padStart(2, '0')}`;
      w.record(r.miner, at(`${next}-05`, '10:00'), [
        s.extract(r.miner, `ext-25${m}-stk`, at(`2025-${m}-03`), r.mine, { id: `BC-25${m}-STK`, product: 'concentrate-bayan-obo', massGrams: tonnes(2_700) }, 'stockpiled for the group\'s new separation plant'),
      ]);
    }
    return {
      world: w,
      find: { parties: [r.miner.id], events: [r.miner.event('ext-2511-stk'), r.miner.event('ext-2512-stk')], lots: [r.miner.lot('BC-2511-STK'), r.miner.lot('BC-2512-STK')] },
    };
  },
});
