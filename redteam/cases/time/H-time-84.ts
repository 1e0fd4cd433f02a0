// Estimates (not in DOMAIN.md): the 1,000 t REO cut allocation; residue 0.45 t per t of feed (chain.ts).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { setQuota } from '../../lib/round15.ts';

export default defineCase({
  id: 'H-time-84',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A separator with its cut 2025 allocation nearly spent holds a December feed train in the yard and separates it on 12 January',
  does: 'After a penalty the group cut the Baotou separator\'s 2025 allocation to 1,000 t REO; June\'s campaign used 500 t. The mine ships it 1,200 t of concentrate (600 t REO) on 12-27, received 12-29: running it in December would take the year to 1,100 t, so the plant banks the roasting kiln over New Year and separates the train on 2026-01-12, under its 2026 allocation; the residue goes to the store on 01-24. Both report December and January on time.',
  expect: 'Nothing: a feed received in December may wait in the yard; separation is counted when it happens, and January\'s falls in 2026\'s allocation.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    setQuota(w, 'RT-Q2025-SEP-BT', 1_000);
    honestMonth(ctx, '2025-06');
    const conc = 'BC-2512-01';
    const shipped = tonnes(1_200);
    w.record(r.miner, at('2026-01-05', '10:00'), [
      s.extract(r.miner, 'ext-2512-01', at('2025-12-03'), r.mine, { id: conc, product: 'concentrate-bayan-obo', massGrams: tonnes(1_400) }),
      s.ship(r.miner, 'shp-2512-01', at('2025-12-27', '14:30'), conc, shipped, r.separator, `${conc}-S1`, 'rail wagons 4471–4494'),
    ]);
    const feed = r.miner.lot(`${conc}-S1`);
    w.record(r.separator, at('2026-01-06', '10:00'), [s.receive(r.separator, 'rcv-2512-01', at('2025-12-29', '09:00'), feed, shipped, 'held in the feed yard: 2025 allocation nearly spent')]);
    separateShipment(ctx, '2026-01', feed, shipped, '2601', { receive: false, processDay: 12 });
    return { world: w, find: {} };
  },
});
