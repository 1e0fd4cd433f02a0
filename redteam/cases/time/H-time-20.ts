import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-20',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A July extraction before a mid-month suspension, reported after it',
  does: 'After a safety inspection the miner\'s licence is suspended with effect from 00:00 on 2025-07-15 (the registry dates the suspension). Its July activity all came before that: 600 t of concentrate extracted on 07-03 and shipped to the separator on 07-10, received the next day. It stops the pit on 07-15 and files its July report on 2025-08-05, while still suspended, as the law requires.',
  expect: 'Nothing: the extraction and the shipment were made under a licence in force on their dates; reporting them later is a duty, not an activity.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence(r.miningLicence, { status: 'suspended', since: '2025-07-15T00:00:00+08:00' });
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-01', at('2025-07-03'), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(600) }),
      s.ship(r.miner, 'shp-2507-01', at('2025-07-10', '14:30'), 'BC-2507-01', tonnes(600), r.separator),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-01', at('2025-07-11'), r.miner.lot('BC-2507-01'), tonnes(600))]);
    return { world: w, find: {} };
  },
});
