import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-20',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Mining goes on after a mid-month suspension of the licence',
  does: 'After a safety inspection the miner\'s licence is suspended with effect from 00:00 on 2025-07-15 (the registry dates the suspension). Its extraction on 07-03 (600 t) was licensed. It goes on blasting and extracts a further 400 t of concentrate on 07-21, ships both lots to the separator, and reports July in one document on 08-05, as if the month were all one.',
  expect: 'The extraction of 07-21, made while the licence was suspended; its event and lot (the extraction of 07-03 is legal).',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence(r.miningLicence, { status: 'suspended', since: '2025-07-15T00:00:00+08:00' });
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-01', at('2025-07-03'), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(600) }),
      s.ship(r.miner, 'shp-2507-01', at('2025-07-10', '14:30'), 'BC-2507-01', tonnes(600), r.separator),
      s.extract(r.miner, 'ext-2507-02', at('2025-07-21'), r.mine, { id: 'BC-2507-02', product: 'concentrate-bayan-obo', massGrams: tonnes(400) }),
      s.ship(r.miner, 'shp-2507-02', at('2025-07-24', '14:30'), 'BC-2507-02', tonnes(400), r.separator),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11'), r.miner.lot('BC-2507-01'), tonnes(600)),
      s.receive(r.separator, 'rcv-2507-02', at('2025-07-25'), r.miner.lot('BC-2507-02'), tonnes(400)),
    ]);
    return { world: w, find: { events: [r.miner.event('ext-2507-02')], lots: [r.miner.lot('BC-2507-02')] } };
  },
});
