import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-06',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A miner with two mines, each licensed and listed',
  does: 'The miner opens its western pit in July 2025 under a second mining licence of its own, and the group lists the pit. It extracts 300 t there and ships them to the separator; its two mines together stay well inside its quota.',
  expect: 'Nothing: every extraction is at a listed mine under a licence covering it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const licence = w.licence({ id: 'RT-MIN-BY-W-2025', party: r.miner.id, activity: 'mining', validFrom: '2025-07-01', validTo: '2028-06-30', capacityTonnesReo: 3_000, scope: { products: ['ore-bayan-obo', 'concentrate-bayan-obo'] } });
    const pit = w.facility({ id: 'mine-dongshan-west', party: r.miner.id, kind: 'mine', nameZh: '东山西采坑', nameEn: 'Dongshan west pit', region: '150206', licence, listed: true });
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-w1', at('2025-07-08'), pit, { id: 'BC-2507-W1', product: 'concentrate-bayan-obo', massGrams: tonnes(300) }),
      s.ship(r.miner, 'shp-2507-w1', at('2025-07-12'), 'BC-2507-W1', tonnes(300), r.separator),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-w1', at('2025-07-13'), r.miner.lot('BC-2507-W1'), tonnes(300))]);
    return { world: w, find: {} };
  },
});
