// Estimates (not in shared/DOMAIN.md): leached ionic concentrate at 92 % REO (the catalogue's grade);
// the high-yttrium REO shares are DOMAIN.md's Longnan type (Y2O3 64.8 %) as the catalogue spells them;
// cascade recovery 96 % (the ionic norm is > 94 %).
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { ionicCuts } from '../../lib/round26.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { fromAssay, on, south } from '../../lib/round27.ts';

const HIGH_Y = { La: 2.2, Ce: 1.0, Pr: 1.1, Nd: 3.5, Sm: 2.3, Eu: 0.5, Gd: 5.7, Tb: 1.1, Dy: 7.5, Ho: 1.6, Er: 4.3, Tm: 0.6, Yb: 3.3, Lu: 0.5, Y: 64.8 };

export default defineCase({
  id: 'V-identity-14',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'A Xunwu light-clay mine ships "light" ionic concentrate whose rare earths are two-thirds yttrium',
  does: 'The Xunwu clay miner\'s licence and listed mine are for light-type ion-adsorption clay. In July 2025 it runs its heap leach on clay dug, off its licence plan, from a hillside block across the county line at Dingnan whose ore is the high-yttrium type, worth several times more. It books the 80 t of leached concentrate it makes on 07-04 as its usual light concentrate (92 % REO), with the assay the lab gave: 65 % of the REO yttrium oxide, 7.5 % dysprosium oxide, 4 % neodymium and praseodymium together. It ships it to the Longnan separator on 07-12 (received 07-13), which cuts it into yttrium, dysprosium, terbium and the other single oxides on 07-20. Both report July on time.',
  expect: 'A concentrate labelled light-type whose composition is the high-yttrium type: the extraction, its lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = south(ctx);
    const grams = tonnes(80);
    const composition = fromAssay(grams, 0.92, HIGH_Y);
    w.record(chain.ionicMiner, on('2025-08-05'), [
      s.extract(chain.ionicMiner, 'ext-2507-01', at('2025-07-04'), chain.ionicMine, { id: 'IC-2507-01', product: 'concentrate-ionic-light', massGrams: grams, composition }, 'heap leach, ammonium sulphate; oxalate precipitation, calcined'),
      s.ship(chain.ionicMiner, 'shp-2507-01', at('2025-07-12'), 'IC-2507-01', grams, chain.southSeparator, undefined, 'bulk bags by road to Longnan'),
    ]);
    const lot = chain.ionicMiner.lot('IC-2507-01');
    w.record(chain.southSeparator, on('2025-08-06'), [
      s.receive(chain.southSeparator, 'rcv-2507-xw', at('2025-07-13'), lot, grams),
      s.process(chain.southSeparator, 'sep-2507-xw', at('2025-07-20'), [{ lot, massGrams: grams }], ionicCuts(scale(s.lot(lot).composition, 0.96), 'LN-2507-XW'), { facility: chain.southPlant, note: 'P507 cascade' }),
    ]);
    return {
      world: w,
      find: { parties: [chain.ionicMiner.id], lots: [lot], events: [chain.ionicMiner.event('ext-2507-01')] },
    };
  },
});
