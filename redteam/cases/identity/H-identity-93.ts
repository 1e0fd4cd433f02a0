import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { enterprise } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-identity-93',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Medium-yttrium, europium-rich clay concentrate at 26 % Y2O3 of its REO, sold as what it is to the Longnan separator',
  does: 'A Dingnan (Ganzhou) ion-adsorption miner of the southern group, licensed for the medium-yttrium europium-rich clay type and allocated 400 t REO of the group\'s ionic quota, leaches 60 t of concentrate (92 % REO, Y2O3 about 26 % and Eu2O3 0.9 % of the REO, DOMAIN.md\'s "Y2O3 > 20 %, Eu2O3 > 0.5 %") on 2025-07-04 and ships it on 07-12 to the Longnan separator (received 07-13).',
  expect: 'Nothing: heavy rare earths in a concentrate whose label, licence and mine are of the clay type that carries them.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const miner = enterprise(ctx, 'dingnan-miner', ['miner'], '定南岭北稀土矿业有限公司', 'Dingnan Lingbei Rare Earth Mining Co.', '360728', south.crg);
    const licence = w.licence({ id: 'RT-MIN-DN-2024', party: miner.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 600, scope: { products: ['ore-ionic-medium-y-eu', 'concentrate-ionic-medium-y-eu'] } });
    const mine = w.facility({ id: 'mine-lingbei', party: miner.id, kind: 'mine', nameZh: '定南岭北离子型稀土矿', nameEn: 'Lingbei ion-adsorption clay mine', region: '360728', licence, listed: true });
    for (const year of [2024, 2025, 2026]) w.quota({ id: `RT-Q${year}-MIN-DN`, year, batch: 1, holder: miner.id, activity: 'mining', oreType: 'ionic', tonnesReo: 400, allocatedFrom: `RT-Q${year}-MIN-CRG-IONIC` });
    const grams = tonnes(60);
    w.record(miner, at('2025-08-05', '10:00'), [
      s.extract(miner, 'ext-2507-01', at('2025-07-04'), mine, { id: 'DN-2507-01', product: 'concentrate-ionic-medium-y-eu', massGrams: grams }),
      s.ship(miner, 'shp-2507-01', at('2025-07-12'), 'DN-2507-01', grams, south.southSeparator),
    ]);
    w.record(south.southSeparator, at('2025-08-06', '10:00'), [s.receive(south.southSeparator, 'rcv-2507-dn', at('2025-07-13'), miner.lot('DN-2507-01'), grams)]);
    return { world: w, find: {} };
  },
});
