import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'];

export default defineCase({
  id: 'V-time-90',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A December extraction, reported on time, "corrected" on 8 January into a 3 January one: 300 t REO moved out of a spent quota year',
  does: 'A Mianning bastnaesite miner holds a 2,000 t REO mining quota for 2025 and the same for 2026. It extracts 320 t of 50 % concentrate a month from January to November 2025 (1,760 t REO) and 600 t more (300 t REO) on 12-18, which takes the year to 2,060 t REO; it reports December on 2026-01-05, on time. When the group\'s year-end tally shows the overrun, it files on 01-08 a correction of the December extraction whose replacement is the same 600 t "extracted on 2026-01-03", under a new lot number, reason "wrong date keyed". The concentrate has not moved, so nothing contradicts the new date; 2025 closes at 1,760 t.',
  expect: 'A correction that moves an extraction across the quota year\'s end, out of a year whose quota it had exceeded: the correction, the new lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const miner = w.party('mianning-miner', { kind: 'enterprise', roles: ['miner'], nameZh: '冕宁县牦牛坪稀土矿业有限公司', nameEn: 'Mianning Maoniuping Rare Earth Mining Co.', region: '513433' });
    const licence = w.licence({ id: 'RT-MIN-MN-2024', party: miner.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000, scope: { products: ['ore-mianning-bastnaesite', 'concentrate-mianning'] } });
    const mine = w.facility({ id: 'mine-maoniuping', party: miner.id, kind: 'mine', nameZh: '牦牛坪稀土矿', nameEn: 'Maoniuping rare earth mine', region: '513433', licence, listed: true });
    for (const year of [2024, 2025, 2026]) w.quota({ id: `RT-Q${year}-MIN-MN`, year, batch: 1, holder: miner.id, activity: 'mining', oreType: 'rock', tonnesReo: 2_000 });
    for (const m of MONTHS) {
      const next = m === '12' ? '2026-01' : `2025-${String(Number(m) + 1).padStart(2, '0')}`;
      w.record(miner, at(`${next}-05`, '10:00'), [
        s.extract(miner, `ext-25${m}-01`, at(`2025-${m}-12`), mine, { id: `MN-25${m}-01`, product: 'concentrate-mianning', massGrams: tonnes(320) }),
      ]);
    }
    w.record(miner, at('2026-01-05', '10:00'), [
      s.extract(miner, 'ext-2512-01', at('2025-12-18'), mine, { id: 'MN-2512-01', product: 'concentrate-mianning', massGrams: tonnes(600) }),
    ]);
    const replacement = s.extract(miner, 'cor-2601-01', at('2026-01-03'), mine, { id: 'MN-2601-01', product: 'concentrate-mianning', massGrams: tonnes(600) });
    w.record(miner, at('2026-01-08', '16:00'), [
      s.correct('cor-2601-01', at('2026-01-08', '15:30'), 'ext-2512-01', 'wrong date keyed: the bench was blasted on 2026-01-03', replacement),
    ]);
    return {
      world: w,
      find: { events: [miner.event('cor-2601-01'), miner.event('ext-2512-01')], lots: [miner.lot('MN-2601-01'), miner.lot('MN-2512-01')], parties: [miner.id] },
    };
  },
});
