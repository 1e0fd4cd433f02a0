// Estimates (not in shared/DOMAIN.md): 97 % oxide → metal yields at the smelter; 0.4 % of the rare earths (1.8 % of the samarium) lost in the melt; the catalogue's 26 % rare earth share of La–Mg–Ni alloy.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { deliver } from '../../lib/round8.ts';
import { heavyJuly } from '../../lib/round15.ts';
import { filed, jiangmenFeeds, laMgNiAlloy } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-flows-25',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Samarium metal bought by a Jiangmen battery-alloy works "for its La–Mg–Ni–Sm grade", three-quarters of it delivered unmelted to a Shenzhen "battery" company',
  does: 'A Jiangmen (Guangdong) hydrogen-storage alloy works buys 6.5 t of lanthanum metal, 0.8 t of NdPr metal and 1.34 t of samarium metal from the Baotou smelter (received 2025-07-26), the samarium for a samarium-bearing La–Mg–Ni grade. On 08-04 it melts the lanthanum, the NdPr and only 0.3 t of the samarium, a low-samarium grade; on 08-06 it delivers the other 1.04 t of samarium metal, in the smelter\'s argon-filled drums, to a Shenzhen "battery technology" company as a final user in the battery sector. That company makes no batteries; it ships the drums to a samarium–cobalt magnet maker abroad, and samarium metal has needed a dual-use licence since 2025-04-04.',
  expect: 'A controlled metal passed through a materials maker unchanged to a final user that does not use it: the delivery, the samarium lot and the alloy works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx, 100);
    const f = jiangmenFeeds(ctx, chain);
    w.record(f.works, filed('2025-08-08'), f.receipts);
    const smMelted = tonnes(0.3);
    const feeds = [{ lot: f.la, grams: f.laGrams }, { lot: f.sm, grams: smMelted }, { lot: f.ndpr, grams: f.ndprGrams }];
    const alloy = laMgNiAlloy(ctx, 'LMN-2508-01', feeds, { Sm: 0.982 });
    w.record(f.works, filed('2025-09-05'), [
      s.process(f.works, 'mlt-2508-01', at('2025-08-04'), feeds.map((x) => ({ lot: x.lot, massGrams: x.grams })), [alloy], { facility: f.plant, note: 'vacuum induction melting with Mg, Ni and Al under argon, annealed, hydrided and milled; low-samarium grade' }),
      deliver('dlv-2508-sm', at('2025-08-06'), f.sm, f.smGrams - smMelted, { name: '深圳前海鹏锐电池科技有限公司 (Shenzhen Qianhai Pengrui Battery Technology Co.)', id: outsideCode('r25-sz-pengrui', '440000') }, 'batteries', 'PR-2508-003', 'samarium metal 99.9 %, argon-filled drums as received'),
      deliver('dlv-2508-lmn', at('2025-08-20'), 'LMN-2508-01', tonnes(25), { name: '江门市江海区高能镍氢电池有限公司 (Jiangmen Jianghai High-Energy NiMH Battery Co.)', id: outsideCode('r25-jm-nimh', '440000') }, 'batteries', 'JH-2508-207'),
    ]);
    return {
      world: w,
      find: { parties: [f.works.id], lots: [f.sm], events: [f.works.event('dlv-2508-sm')] },
    };
  },
});
