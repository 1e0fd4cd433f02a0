import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { addMianningMine } from '../../lib/round15.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-identity-87',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Myanmar high-yttrium clay concentrate booked as a Mianning mine\'s bastnaesite concentrate: 65 % yttria in the REO of a mine that has 1 %',
  does: 'A Mianning bastnaesite miner, licensed and on its group\'s list, buys 200 t of high-yttrium ion-adsorption concentrate smuggled over the Myanmar border and trucked to Sichuan, and books it on 2025-07-05 as its own "Mianning bastnaesite concentrate", extracted at its Maoniuping mine against its rock quota. It sells the lot to the Baotou separator, which pays the heavy rare earth premium (shipped 07-15, received 07-18). The lot assays 92 % REO, 65 % of it yttria and 7.5 % dysprosia: a leached mixed oxide, not a flotation concentrate of 50 % REO with 1 % yttria.',
  expect: 'A "bastnaesite concentrate" whose grade and distribution are those of southern high-yttrium clay: the extraction, the lot and the Mianning miner.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const mn = addMianningMine(ctx);
    const mass = tonnes(200);
    w.record(mn.sichuanMiner, at('2025-08-05', '10:00'), [
      s.extract(mn.sichuanMiner, 'ext-2507-01', at('2025-07-05'), mn.mianningMine, { id: 'MN-2507-01', product: 'concentrate-mianning', massGrams: mass, composition: typical('concentrate-ionic-high-y', mass) }),
      s.ship(mn.sichuanMiner, 'shp-2507-01', at('2025-07-15'), 'MN-2507-01', mass, r.separator, undefined, 'ten trucks via Xichang'),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-mn', at('2025-07-18'), mn.sichuanMiner.lot('MN-2507-01'), mass)]);
    return { world: w, find: { events: [mn.sichuanMiner.event('ext-2507-01')], lots: [mn.sichuanMiner.lot('MN-2507-01')], parties: [mn.sichuanMiner.id] } };
  },
});
