import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-01',
  family: 'licences',
  violation: true,
  heldOut: false,
  title: 'A licensed miner works a second, unlicensed pit',
  does: 'The miner, licensed and listed for its Dongshan mine, also digs a western pit it registered as a facility of its own but for which it holds no mining licence and which is on no group list. It records 300 t of concentrate from the pit and ships it with its regular output.',
  expect: 'Extraction at a mine with no licence of its own and not listed; the extract event and its lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const pit = w.facility({ id: 'mine-dongshan-west', party: r.miner.id, kind: 'mine', nameZh: '东山西采坑', nameEn: 'Dongshan west pit', region: '150206', listed: false });
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-w1', at('2025-07-08'), pit, { id: 'BC-2507-W1', product: 'concentrate-bayan-obo', massGrams: tonnes(300) }),
      s.ship(r.miner, 'shp-2507-w1', at('2025-07-12'), 'BC-2507-W1', tonnes(300), r.separator),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-w1', at('2025-07-13'), r.miner.lot('BC-2507-W1'), tonnes(300))]);
    return { world: w, find: { parties: [r.miner.id], lots: [r.miner.lot('BC-2507-W1')], events: [r.miner.event('ext-2507-w1')] } };
  },
});
