import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { leftOver } from '../../lib/round14.ts';

export default defineCase({
  id: 'H-residues-78',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'An ionic clay mine heap-leaches 50,000 t of clay and places the leached clay in its own licensed tailings site',
  does: 'The Xunwu clay miner digs 50,000 t of light ion-adsorption clay (0.1 % REO, 50 t REO) on 2025-07-02 and heap-leaches it with ammonium sulfate at its lined leach pad, registered under its mining licence, on 07-20: 80 % of the rare earths come out as 92 % REO mixed-oxide concentrate (about 43 t), and the leached clay, 0.02 % REO, goes on 07-25 to the mine\'s own tailings site, for which it holds a disposal licence. The concentrate stays in store for the Longnan separator. The miner reports July on 08-05.',
  expect: 'Nothing: leach tailings at a tailings grade placed by a licensed disposer in its licensed site; the clay\'s rare earths are in the concentrate or in the tailings.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const miner = south.ionicMiner;
    const pad = w.facility({ id: 'plant-nanqiao-heap-leach', party: miner.id, kind: 'plant', nameZh: '南桥堆浸场', nameEn: 'Nanqiao heap-leach pad', region: '360734', licence: south.ionicMiningLicence });
    const licence = w.licence({ id: 'RT-DSP-XW-2024', party: miner.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['tailings-ionic-leach'] } });
    const site = w.facility({ id: 'site-nanqiao-tailings', party: miner.id, kind: 'disposal-site', nameZh: '南桥浸矿尾砂库', nameEn: 'Nanqiao leach tailings site', region: '360734', licence });
    const clay = { id: 'CLAY-2507-01', product: 'ore-ionic-light', massGrams: tonnes(50_000) };
    const extract = s.extract(miner, 'ext-2507-clay', at('2025-07-02'), south.ionicMine, clay);
    const held = s.lot(miner.lot(clay.id)).composition;
    const concentrate = scale(held, 0.8);
    const concentrateGrams = Math.ceil(reo(concentrate) / 0.92);
    const tailingsGrams = clay.massGrams - concentrateGrams;
    w.record(miner, reportTime('2025-07', 5), [
      extract,
      s.process(miner, 'lch-2507-01', at('2025-07-20'), [{ lot: clay.id, massGrams: clay.massGrams }], [
        { id: 'IC-2507-01', product: 'concentrate-ionic-light', massGrams: concentrateGrams, composition: concentrate },
        { id: 'TL-2507-01', product: 'tailings-ionic-leach', massGrams: tailingsGrams, composition: leftOver(held, concentrate) },
      ], { facility: pad, note: 'heap leaching with ammonium sulfate, precipitation and calcining' }),
      s.dispose(miner, 'dsp-2507-tl', at('2025-07-25'), 'TL-2507-01', tailingsGrams, 'tailings-storage', site),
    ]);
    return { world: w, find: {} };
  },
});
