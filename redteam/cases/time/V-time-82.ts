import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-82',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'December 2025\'s extraction dated December 2024, into a quota year that had room',
  does: 'By December 2025 the miner\'s year is tight against its quota, while 2024 left thousands of tonnes unused. In its December report, filed on 2026-01-05, it dates the month\'s 1,200 t extraction "2024-12-03", a year early, and ships 1,000 t of the lot to the Baotou separator on 2025-12-10 as usual; the separator separates it on 12-20 and sends the residue to the store. Nothing else is late.',
  expect: 'An extraction recorded thirteen months after its date, a year past the reporting deadline, whose lot first moves a year later: it belongs to December 2025 and its quota. The extraction, the lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const id = 'BC-2512-01';
    const shipped = tonnes(1_000);
    w.record(r.miner, at('2026-01-05', '10:00'), [
      s.extract(r.miner, 'ext-2512-01', at('2024-12-03'), r.mine, { id, product: 'concentrate-bayan-obo', massGrams: tonnes(1_200) }),
      s.ship(r.miner, 'shp-2512-01', at('2025-12-10', '14:30'), id, shipped, r.separator, `${id}-S1`, 'rail wagons 4471–4490'),
    ]);
    separateShipment(ctx, '2025-12', r.miner.lot(`${id}-S1`), shipped, '2512');
    return { world: w, find: { events: [r.miner.event('ext-2512-01')], lots: [r.miner.lot(id)], parties: [r.miner.id] } };
  },
});
