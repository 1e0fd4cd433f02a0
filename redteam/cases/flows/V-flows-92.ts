import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-92',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide "shipped" to a Hong Kong trading company registered in the system: an export written as a domestic sale',
  does: 'A Hong Kong trading company has had itself registered in the traceability system as a trader (its address in Kowloon, region 810000) so that mainland suppliers can "ship" to it. The Shanghai trading house buys 3 t of Dy2O3 from the Longnan separator (received 2025-07-16) and on 07-20 ships it to the Hong Kong company, which books its receipt on 07-23 in Kowloon. No export is recorded, no licence cited: the oxide crossed into a separate customs territory as a domestic shipment, and from Hong Kong it goes on to buyers abroad. Everyone reports on time.',
  expect: 'A controlled oxide leaving the mainland as a shipment to a party in Hong Kong, with no export and no licence: the shipment, its lot and the Hong Kong party.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const hk = w.party('hk-trader', { kind: 'enterprise', roles: ['trader'], nameZh: '香港九龙恒裕稀土贸易有限公司', nameEn: 'Hang Yu Rare Earth Trading (Kowloon) Ltd.', region: '810000' });
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const grams = tonnes(3);
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.exporter, '2025-07', '2507-dy');
    w.record(r.exporter, at('2025-08-07', '11:00'), [s.ship(r.exporter, 'shp-2507-hk', at('2025-07-20'), lot, grams, hk, undefined, 'truck to Huanggang crossing')]);
    w.record(hk, at('2025-08-08', '10:00'), [s.receive(hk, 'rcv-2507-hk', at('2025-07-23'), lot, grams)]);
    return {
      world: w,
      find: { events: [r.exporter.event('shp-2507-hk')], lots: [lot], parties: [hk.id] },
    };
  },
});
