// Estimates (not in shared/DOMAIN.md): 97 % oxide → metal yields at the smelter; 1.8 % of the samarium and 0.4 % of the other rare earths lost in the vacuum induction melt of a La–Mg–Ni alloy (vapour and crucible skin); the catalogue's 26 % rare earth share of the alloy.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { deliver } from '../../lib/round8.ts';
import { heavyJuly } from '../../lib/round15.ts';
import { filed, jiangmenFeeds, laMgNiAlloy } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-conservation-25',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Jiangmen battery-alloy works melts La–Mg–Ni–Sm alloy and loses 1.8 % of its samarium to vapour, four times its loss of lanthanum',
  does: 'A Jiangmen (Guangdong) hydrogen-storage alloy works buys 6.5 t of lanthanum metal, 1.34 t of samarium metal and 0.8 t of NdPr metal from the Baotou smelter (received 2025-07-26), reduced there from Baotou lanthanum oxide and Longnan samarium oxide. On 08-04 it melts them with magnesium and nickel in a vacuum induction furnace into some 33 t of La–Mg–Ni (A2B7) powder for high-capacity NiMH cells. Samarium and magnesium have high vapour pressures: 1.8 % of the samarium condenses on the furnace lid and in the crucible skin, against 0.4 % of the lanthanum, as the note says. It delivers 30 t of the powder to a Jiangmen NiMH cell maker on 08-20.',
  expect: 'Nothing: an element-specific loss of the size samarium\'s volatility explains, every other gram accounted for.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx, 100);
    const f = jiangmenFeeds(ctx, chain);
    w.record(f.works, filed('2025-08-08'), f.receipts);
    const feeds = [{ lot: f.la, grams: f.laGrams }, { lot: f.sm, grams: f.smGrams }, { lot: f.ndpr, grams: f.ndprGrams }];
    const alloy = laMgNiAlloy(ctx, 'LMN-2508-01', feeds, { Sm: 0.982 });
    w.record(f.works, filed('2025-09-05'), [
      s.process(f.works, 'mlt-2508-01', at('2025-08-04'), feeds.map((x) => ({ lot: x.lot, massGrams: x.grams })), [alloy], { facility: f.plant, note: 'vacuum induction melting with Mg, Ni and Al under argon, annealed, hydrided and milled; samarium and magnesium vapour condensed on the lid (1.8 % of the Sm, 0.4 % of the La)' }),
      deliver('dlv-2508-lmn', at('2025-08-20'), 'LMN-2508-01', tonnes(30), { name: '江门市江海区高能镍氢电池有限公司 (Jiangmen Jianghai High-Energy NiMH Battery Co.)', id: outsideCode('r25-jm-nimh', '440000') }, 'batteries', 'JH-2508-207'),
    ]);
    return { world: w, find: {} };
  },
});
