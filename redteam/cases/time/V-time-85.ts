// Estimates (not in DOMAIN.md): the 1,000 t REO cut quota.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { setQuota } from '../../lib/round15.ts';

export default defineCase({
  id: 'V-time-85',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A New Year\'s Eve extraction stamped "20:00 on 31 December" at UTC−6, which the quota year reads as 10:00 on 1 January',
  does: 'The Bayan Obo miner\'s 2025 quota was cut to 1,000 t REO; June used 600 t. On 2025-12-31 its evening shift loads 1,000 t of concentrate (500 t REO) onto the stockpile. Its December report (01-05) holds nothing; its January report (02-05) books the extraction at "2025-12-31T20:00:00-06:00", the date the foreman wrote, with an offset nobody at Bayan Obo uses: the ledger reads it as 10:00 on 1 January, Beijing time, in the 2026 quota year. 800 t of the lot go to the separator on 01-10 and are separated in January.',
  expect: 'An extraction dated 31 December but written with a foreign offset that moves it over the quota year\'s end: the extraction, its lot and the miner, 100 t REO over its 2025 quota.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    setQuota(w, 'RT-Q2025-MIN-BY', 1_000);
    honestMonth(ctx, '2025-06');
    const id = 'BC-2512-31';
    const shipped = tonnes(800);
    w.record(r.miner, at('2026-02-05', '10:00'), [
      s.extract(r.miner, 'ext-2512-31', '2025-12-31T20:00:00-06:00', r.mine, { id, product: 'concentrate-bayan-obo', massGrams: tonnes(1_000) }, 'New Year\'s Eve shift'),
      s.ship(r.miner, 'shp-2601-01', at('2026-01-10', '14:30'), id, shipped, r.separator, `${id}-S1`, 'rail wagons 4471–4486'),
    ]);
    separateShipment(ctx, '2026-01', r.miner.lot(`${id}-S1`), shipped, '2601', { reportDay: 6 });
    return { world: w, find: { events: [r.miner.event('ext-2512-31')], lots: [r.miner.lot(id)], parties: [r.miner.id] } };
  },
});
