import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { separateShipment } from '../../lib/round7.ts';

export default defineCase({
  id: 'H-licences-53',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A separator reclaims its historic tailings pond under a mining licence and a 300 t REO mining allocation of its own',
  does: 'The Baotou separator\'s plant stands beside an old tailings pond whose tailings still carry about 7 % REO (an estimate). The group applied for it: the separator holds a mining licence for reclaiming the pond, the pond is on the group\'s published list, and the group allocated it 300 t REO of its 2025 rock mining quota. In August 2025 a mobile flotation unit reclaims 560 t of concentrate (280 t REO) from the pond; the separator separates it on 08-20 and sends the residue to the licensed store.',
  expect: 'Nothing: tailings reclamation is mining, done here under a mining licence, at a listed site, inside a mining allocation.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.amendParty(r.separator, { roles: ['separator', 'miner'] });
    const licence = w.licence({ id: 'RT-MIN-JY-POND', party: r.separator.id, activity: 'mining', validFrom: '2025-01-01', validTo: '2027-12-31', capacityTonnesReo: 600, scope: { products: ['concentrate-bayan-obo', 'tailings-bayan-obo'] } });
    const pond = w.facility({ id: 'pond-jiuyuan-historic', party: r.separator.id, kind: 'mine', nameZh: '九原老尾矿坝', nameEn: 'Jiuyuan historic tailings pond', region: '150207', licence, listed: true });
    w.quota({ id: 'RT-Q2025-MIN-JY-POND', year: 2025, batch: 1, holder: r.separator.id, activity: 'mining', oreType: 'rock', tonnesReo: 300, allocatedFrom: 'RT-Q2025-MIN-GROUP' });
    const grams = tonnes(560);
    w.record(r.separator, at('2025-09-05', '10:00'), [
      s.extract(r.separator, 'ext-2508-pond', at('2025-08-06'), pond, { id: 'BC-2508-POND', product: 'concentrate-bayan-obo', massGrams: grams }, 'reclaimed from the historic pond by a hired mobile flotation unit'),
    ]);
    separateShipment(ctx, '2025-08', r.separator.lot('BC-2508-POND'), grams, '2508', { receive: false });
    return { world: w, find: {} };
  },
});
