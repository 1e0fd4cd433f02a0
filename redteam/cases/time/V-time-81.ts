import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-81',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Two months dug in a licence gap, booked as one extraction at 08:00 on the renewed licence\'s first day',
  does: 'The miner\'s licence ran out on 2025-06-30 and its renewal took effect only on 09-01. The pit did not stop: through July and August it stockpiled concentrate at the usual rate of about 40 t a day. At 08:00 on 09-01, the first hour of the renewed licence, it books the whole 2,400 t pile as one extraction, and ships 1,000 t of it to the Baotou separator on 09-10, which separates it. Everyone reports on time; the miner files nothing for July and August.',
  expect: 'An extraction dated into the licence that is two months\' output, sixty times the mine\'s daily rate, in its first hour: the mining was done in the gap. The extraction, its lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence(r.miningLicence, { validTo: '2025-06-30' });
    const renewed = w.licence({ id: 'RT-MIN-BY-2025R', party: r.miner.id, activity: 'mining', validFrom: '2025-09-01', validTo: '2028-08-31', capacityTonnesReo: 15_000, scope: { products: ['ore-bayan-obo', 'concentrate-bayan-obo'] } });
    w.amendFacility(r.mine, { licence: renewed });
    honestMonth(ctx, '2025-06');
    const id = 'BC-2509-01';
    const shipped = tonnes(1_000);
    w.record(r.miner, reportTime('2025-09', 5), [
      s.extract(r.miner, 'ext-2509-01', at('2025-09-01'), r.mine, { id, product: 'concentrate-bayan-obo', massGrams: tonnes(2_400) }, 'stockpile survey at the start of the renewed licence'),
      s.ship(r.miner, 'shp-2509-01', at('2025-09-10', '14:30'), id, shipped, r.separator, `${id}-S1`, 'rail wagons 4471–4490'),
    ]);
    separateShipment(ctx, '2025-09', r.miner.lot(`${id}-S1`), shipped, '2509');
    return { world: w, find: { events: [r.miner.event('ext-2509-01')], lots: [r.miner.lot(id)], parties: [r.miner.id] } };
  },
});
