import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-75',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A miner "carries over" the 2024 quota it never used and mines 1,500 t REO beyond its 2025 quota',
  does: 'The Dongshan miner did not mine in 2024 (a new pit was being stripped). In 2025 it mines 1,200 t of concentrate in June and 3,800 t (50 % REO) in each month from July to November and on 2025-12-05: 12,000 t REO, its whole 2025 allocation. On 2025-12-20 it mines another 3,000 t of concentrate (1,500 t REO), noting "2024 allocation unused, carried over". Quotas are annual and lapse; there is no carry-over. Every month is reported by the 5th of the next.',
  expect: 'Mining beyond the year\'s quota: the miner and the December extraction that passes it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const months = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11'];
    const next = ['2025-08', '2025-09', '2025-10', '2025-11', '2025-12'];
    months.forEach((m, i) => {
      const tag = m.slice(2).replace('-', '');
      w.record(r.miner, at(`${next[i]}-05`, '10:00'), [s.extract(r.miner, `ext-${tag}-01`, at(`${m}-03`), r.mine, { id: `BC-${tag}-01`, product: 'concentrate-bayan-obo', massGrams: tonnes(3_800) })]);
    });
    w.record(r.miner, at('2026-01-05', '10:00'), [
      s.extract(r.miner, 'ext-2512-01', at('2025-12-05'), r.mine, { id: 'BC-2512-01', product: 'concentrate-bayan-obo', massGrams: tonnes(3_800) }),
      s.extract(r.miner, 'ext-2512-02', at('2025-12-20'), r.mine, { id: 'BC-2512-02', product: 'concentrate-bayan-obo', massGrams: tonnes(3_000) }, '2024 allocation unused, carried over'),
    ]);
    return { world: w, find: { parties: [r.miner.id], events: [r.miner.event('ext-2512-02')], lots: [r.miner.lot('BC-2512-02')] } };
  },
});
