import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-06',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A miner opens a second pit inside its licensed area',
  does: 'The miner opens a western pit in July 2025 after its licensed mining area was extended to take it in; the registry lists the pit under the same licence and the group lists it. The miner extracts 300 t there and ships them to the separator; its two pits together stay well inside its quota.',
  expect: 'Nothing: every extraction is at a listed mine under a licence covering it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    // The registry holds one mining licence per party at a time, so the pit is registered under
    // the miner's licence (its mining area was extended to take it in) rather than one of its own.
    const pit = w.facility({ id: 'mine-dongshan-west', party: r.miner.id, kind: 'mine', nameZh: '东山西采坑', nameEn: 'Dongshan west pit', region: '150206', licence: r.miningLicence, listed: true });
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-w1', at('2025-07-08'), pit, { id: 'BC-2507-W1', product: 'concentrate-bayan-obo', massGrams: tonnes(300) }),
      s.ship(r.miner, 'shp-2507-w1', at('2025-07-12'), 'BC-2507-W1', tonnes(300), r.separator),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-w1', at('2025-07-13'), r.miner.lot('BC-2507-W1'), tonnes(300))]);
    return { world: w, find: {} };
  },
});
