// Estimates (not in shared/DOMAIN.md): the catalogue's 0.1 % REO clay ore; 85 % heap-leach recovery into 92 % REO concentrate (round13's Xunwu figures).
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { firm, hezhouLeach, hezhouMine, hezhouTailingsSite, sell24 } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-identity-36',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Leached clay concentrate booked as "clay ore" at 92 % REO and exported to Vietnam from the Guangxi border without a licence',
  does: 'A Hezhou (Guangxi) ion-adsorption miner digs 50,000 t of medium-yttrium clay on 2025-07-02 and heap-leaches it on 07-06. Its books call the 46 t of precipitated, calcined mixed oxide that come out of the ponds "ion-adsorption clay ore", and it sells all of it to a Pingxiang (Chongzuo) border trading company (shipped 07-10, received 07-11), which exports it to Vietnam on 07-15 as "rare earth clay ore for a heap-leach trial, HS 2530.9020". Ores are on no control list; a mixed oxide carrying yttrium, dysprosium, terbium and gadolinium needs a dual-use licence. The leached clay goes honestly to the county tailings site.',
  expect: 'A lot labelled as clay ore with a concentrate\'s grade (over nine hundred times the ore\'s), exported without a licence: the leach that made it, the lot and the export.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const hz = hezhouMine(ctx);
    const site = hezhouTailingsSite(ctx);
    const leach = hezhouLeach(ctx, hz, '2507', 50_000, at('2025-07-02'), at('2025-07-06'), 'ore-ionic-medium-y-eu');
    const border = firm(ctx, 'r24-pingxiang', ['trader', 'exporter'], '凭祥友谊关边贸有限公司', 'Pingxiang Youyiguan Border Trade Co.', '451400');
    const tailings = hz.party.lot(leach.tailings);
    const shipped = sell24(ctx, hz.party, border, {
      lot: hz.party.lot(leach.concentrate), grams: leach.concentrateGrams, tag: 'PX1', shipAt: at('2025-07-10'), receiveAt: at('2025-07-11'),
      sellerRecordsAt: at('2025-08-05', '10:00'), buyerRecordsAt: at('2025-08-06', '10:00'), note: 'one-tonne bulk bags, two trucks to Pingxiang',
      sellerBefore: [...leach.events, s.ship(hz.party, 'shp-2507-ht', at('2025-07-08'), leach.tailings, leach.tailingsGrams, site.party, undefined, 'dump trucks, 5 km')],
      buyerAfter: [],
    });
    w.record(border, at('2025-08-06', '11:00'), [
      s.export(border, 'exp-2507-vn', at('2025-07-15'), shipped, leach.concentrateGrams, 'VN', { customsDeclaration: '720420250715000936', note: 'rare earth clay ore for a heap-leach trial, HS 2530.9020' }),
    ]);
    w.record(site.party, at('2025-08-07', '10:00'), [
      s.receive(site.party, 'rcv-2507-ht', at('2025-07-10'), tailings, leach.tailingsGrams),
      s.dispose(site.party, 'dsp-2507-ht', at('2025-07-11'), tailings, leach.tailingsGrams, 'tailings-storage', site.site),
    ]);
    return {
      world: w,
      find: { lots: [hz.party.lot(leach.concentrate), shipped], events: [hz.party.event('lch-2507'), border.event('exp-2507-vn')] },
    };
  },
});
