// Estimates (not in shared/DOMAIN.md): leached ionic concentrate at 92 % REO (the catalogue's grade);
// the block's assay, a neodymium-rich light type, is an estimate within published light-type ranges;
// cascade recovery 96 % (the ionic norm is > 94 %).
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { ionicCuts } from '../../lib/round26.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { fromAssay, on, south } from '../../lib/round27.ts';

const ND_RICH_LIGHT = { La: 33.0, Ce: 3.5, Pr: 9.5, Nd: 36.0, Sm: 5.8, Eu: 0.6, Gd: 3.2, Tb: 0.4, Dy: 1.6, Ho: 0.3, Er: 0.8, Tm: 0.1, Yb: 0.6, Lu: 0.1, Y: 4.5 };

export default defineCase({
  id: 'H-identity-14',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A new block of the Xunwu light-clay mine gives concentrate much richer in neodymium and leaner in lanthanum than the mine\'s usual',
  does: 'In July 2025 the Xunwu clay miner opens the next block of its licensed, listed mine. The weathering crust there is of the neodymium-rich light type: the lab assays the 90 t of concentrate leached on 07-04 at 92 % REO with 36 % of the REO neodymium oxide and 9.5 % praseodymium oxide (the mine\'s usual is about 31 % and 8.5 %), 33 % lanthanum oxide, and 4.5 % yttrium oxide. It ships it whole to the Longnan separator on 07-12 (received 07-13), which separates it on 07-20. Both report July on time.',
  expect: 'Nothing: ion-adsorption ores vary from block to block; this one is still light-type (88 % light rare earths, under 5 % yttrium), mined on the licence and inside the quota.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = south(ctx);
    const grams = tonnes(90);
    const composition = fromAssay(grams, 0.92, ND_RICH_LIGHT);
    w.record(chain.ionicMiner, on('2025-08-05'), [
      s.extract(chain.ionicMiner, 'ext-2507-01', at('2025-07-04'), chain.ionicMine, { id: 'IC-2507-01', product: 'concentrate-ionic-light', massGrams: grams, composition }, 'block 7 east, in-situ leach; oxalate precipitation, calcined'),
      s.ship(chain.ionicMiner, 'shp-2507-01', at('2025-07-12'), 'IC-2507-01', grams, chain.southSeparator, undefined, 'bulk bags by road to Longnan'),
    ]);
    const lot = chain.ionicMiner.lot('IC-2507-01');
    w.record(chain.southSeparator, on('2025-08-06'), [
      s.receive(chain.southSeparator, 'rcv-2507-xw', at('2025-07-13'), lot, grams),
      s.process(chain.southSeparator, 'sep-2507-xw', at('2025-07-20'), [{ lot, massGrams: grams }], ionicCuts(scale(s.lot(lot).composition, 0.96), 'LN-2507-XW'), { facility: chain.southPlant, note: 'P507 cascade' }),
    ]);
    return { world: w, find: {} };
  },
});
