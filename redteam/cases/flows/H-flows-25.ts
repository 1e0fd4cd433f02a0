// Estimates (not in shared/DOMAIN.md): 97 % oxide → metal yields at the smelter; 0.4 % of the rare earths lost in the melt; the catalogue's 26 % rare earth share of La–Mg–Ni alloy; 96 % of the samarium into SmCo5 magnets, 3 % into grinding scrap at 33 % Sm, 1 % evaporated.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { deliver } from '../../lib/round8.ts';
import { heavyJuly } from '../../lib/round15.ts';
import { filed, jiangmenFeeds, laMgNiAlloy, nanjingSmco } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-flows-25',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A Jiangmen battery-alloy works whose customer drops the samarium grade sells the unopened samarium metal to a Nanjing SmCo magnet works',
  does: 'A Jiangmen (Guangdong) hydrogen-storage alloy works buys 6.5 t of lanthanum metal, 0.8 t of NdPr metal and 1.34 t of samarium metal from the Baotou smelter (received 2025-07-26). Its cell-maker customer then switches to a samarium-free La–Mg–Ni grade, which the works melts on 08-04 from the lanthanum and NdPr alone. It sells the samarium metal, drums unopened, to a registered Nanjing samarium–cobalt magnet works (shipped 08-10, received 08-12), which sinters it into SmCo5 magnets on 08-25.',
  expect: 'Nothing: a material maker resells an input it no longer needs to a registered user of that metal, which books it in and uses it.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx, 100);
    const f = jiangmenFeeds(ctx, chain);
    const nj = nanjingSmco(ctx);
    w.record(f.works, filed('2025-08-08'), f.receipts);
    const feeds = [{ lot: f.la, grams: f.laGrams }, { lot: f.ndpr, grams: f.ndprGrams }];
    const alloy = laMgNiAlloy(ctx, 'LMN-2508-01', feeds, {});
    w.record(f.works, filed('2025-09-05'), [
      s.process(f.works, 'mlt-2508-01', at('2025-08-04'), feeds.map((x) => ({ lot: x.lot, massGrams: x.grams })), [alloy], { facility: f.plant, note: 'vacuum induction melting with Mg, Ni and Al under argon, annealed, hydrided and milled; samarium-free grade' }),
      s.ship(f.works, 'shp-2508-sm', at('2025-08-10'), f.sm, f.smGrams, nj.party, undefined, 'samarium metal 99.9 %, argon-filled drums unopened, by road to Nanjing'),
      deliver('dlv-2508-lmn', at('2025-08-20'), 'LMN-2508-01', tonnes(25), { name: '江门市江海区高能镍氢电池有限公司 (Jiangmen Jianghai High-Energy NiMH Battery Co.)', id: outsideCode('r25-jm-nimh', '440000') }, 'batteries', 'JH-2508-207'),
    ]);
    const feed = s.share(f.sm, f.smGrams);
    const magnets = scale(feed, 0.96);
    const scrap = scale(feed, 0.03);
    w.record(nj.party, filed('2025-09-06'), [
      s.receive(nj.party, 'rcv-2508-sm', at('2025-08-12'), f.sm, f.smGrams),
      s.process(nj.party, 'sin-2508-smco', at('2025-08-25'), [{ lot: f.sm, massGrams: f.smGrams }], [
        { id: 'NJ-2508-MAG', product: 'magnet-smco5', massGrams: massAtShare(magnets, 0.36), composition: magnets },
        { id: 'NJ-2508-SCR', product: 'scrap-smco', massGrams: massAtShare(scrap, 0.33), composition: scrap },
      ], { facility: nj.plant, note: 'SmCo5 melted under argon, milled, pressed in field, sintered and solution-treated; about 1 % of the samarium evaporated; grinding scrap drummed' }),
    ]);
    return { world: w, find: {} };
  },
});
