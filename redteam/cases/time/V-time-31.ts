import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-31',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'After its licence is revoked, a miner "corrects" July\'s extraction up by 400 t',
  does: 'The miner\'s July 2025 report (08-05) shows a second July lot, 300 t of concentrate extracted on 07-22 and left in the yard. Its mining licence is revoked with effect from 2025-08-15 after an illegal-blasting inquiry; the registry dates the revocation. It keeps working the pit at night until the end of August, and on 2025-09-02 files a correction of the 07-22 extraction, "weighbridge tickets misread: 700 t, not 300 t", dated, like the original, 07-22. On 09-10 it ships the 700 t to the separator, which receives them the next day.',
  expect: 'A correction made after the revocation that more than doubles a past extraction, weeks after the month\'s deadline: 400 t mined without a licence, booked into a month when the licence was valid; the correction, the replacement lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence(r.miningLicence, { status: 'revoked', since: '2025-08-15T00:00:00+08:00' });
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-08-05', '10:00'), [s.extract(r.miner, 'ext-2507-02', at('2025-07-22'), r.mine, { id: 'BC-2507-02', product: 'concentrate-bayan-obo', massGrams: tonnes(300) })]);
    // A lot id is never reused, even for a voided lot: the replacement names a new one.
    const replacement = s.extract(r.miner, 'cor-2509-01', at('2025-07-22'), r.mine, { id: 'BC-2507-02C', product: 'concentrate-bayan-obo', massGrams: tonnes(700) });
    w.record(r.miner, at('2025-09-02', '17:00'), [s.correct('cor-2509-01', at('2025-09-02', '16:00'), 'ext-2507-02', 'weighbridge tickets WB-0722-03 to -11 misread: 700 t, not 300 t', replacement)]);
    w.record(r.miner, at('2025-10-05', '10:00'), [s.ship(r.miner, 'shp-2509-01', at('2025-09-10', '14:30'), 'BC-2507-02C', tonnes(700), r.separator)]);
    w.record(r.separator, at('2025-10-06', '10:00'), [s.receive(r.separator, 'rcv-2509-01', at('2025-09-11', '09:00'), r.miner.lot('BC-2507-02C'), tonnes(700))]);
    return {
      world: w,
      find: { events: [r.miner.event('cor-2509-01'), r.miner.event('ext-2507-02')], lots: [r.miner.lot('BC-2507-02C')], parties: [r.miner.id] },
    };
  },
});
