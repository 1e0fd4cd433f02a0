import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld, takenOverMianningMine } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-licences-87',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Mianning mine taken over by the group mines 2,000 t of concentrate on its licence before the group has allocated it any quota',
  does: 'The south-western group takes over the Lizhuang bastnaesite mine in 2025; the mine holds a mining licence and is on the group\'s published list, but the group has not yet allocated it any share of its 2025 mining quota (the allocation is still being negotiated with the group\'s older mines). The mine does not wait: it books 2,000 t of concentrate (1,000 t REO) on 2025-07-05 and ships 1,500 t to the Baotou separator on 07-20 (received 07-23), reporting July on 08-05.',
  expect: 'Mining by an enterprise that holds no quota for the year: the extraction, the concentrate lot and the Lizhuang miner.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const mn = takenOverMianningMine(ctx);
    w.record(mn.miner, at('2025-08-05', '10:00'), [
      s.extract(mn.miner, 'ext-2507-01', at('2025-07-05'), mn.mine, { id: 'LZ-2507-01', product: 'concentrate-mianning', massGrams: tonnes(2_000) }),
      s.ship(mn.miner, 'shp-2507-01', at('2025-07-20'), 'LZ-2507-01', tonnes(1_500), r.separator, 'LZ-2507-01-S1', 'rail from Lugu station'),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-lz', at('2025-07-23'), mn.miner.lot('LZ-2507-01-S1'), tonnes(1_500))]);
    return { world: w, find: { events: [mn.miner.event('ext-2507-01')], lots: [mn.miner.lot('LZ-2507-01')], parties: [mn.miner.id] } };
  },
});
