import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-55',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Myanmar high-yttrium concentrate carried over the border uncleared and booked as the Xunwu light-clay mine\'s own leach output',
  does: 'In August 2025 the Xunwu ionic miner, whose licence and mine cover light ion-adsorption clay (Xunwu type, light REE 93 %), books 60 t of "light ionic concentrate" from its Nanqiao mine and ships it to the Longnan separator, which separates it. The assay is that of Kachin high-yttrium concentrate: about 65 % Y2O3 and 89 % heavy rare earths in the REO (DOMAIN.md\'s high-Y Longnan type), and little lanthanum. It was trucked over the Yunnan border without a customs declaration; the miner\'s books give it a licensed domestic origin and its quota a use, and the group never reports an import.',
  expect: 'An extraction whose composition is not the mine\'s ore type nor the product it is booked as: the extract event, the lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const grams = tonnes(60);
    const lotId = 'IC-2508-01';
    w.record(south.ionicMiner, at('2025-09-05', '10:00'), [
      s.extract(south.ionicMiner, 'ext-2508-01', at('2025-08-04'), south.ionicMine, { id: lotId, product: 'concentrate-ionic-light', massGrams: grams, composition: typical('concentrate-ionic-high-y', grams) }),
      s.ship(south.ionicMiner, 'shp-2508-01', at('2025-08-12'), lotId, grams, south.southSeparator),
    ]);
    const lot = south.ionicMiner.lot(lotId);
    const plan = separate(s.share(lot, grams), 'LN-2508', { recovery: 0.96 });
    w.record(south.southSeparator, at('2025-09-06', '10:00'), [
      s.receive(south.southSeparator, 'rcv-2508-01', at('2025-08-13'), lot, grams),
      s.process(south.southSeparator, 'sep-2508-01', at('2025-08-20'), [{ lot, massGrams: grams }], plan.outputs, { facility: south.southPlant, note: 'ionic feed, solvent extraction' }),
    ]);
    return { world: w, find: { events: [south.ionicMiner.event('ext-2508-01')], lots: [lot], parties: [south.ionicMiner.id] } };
  },
});
