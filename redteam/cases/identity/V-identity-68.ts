import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { fromAssay } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-68',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Separated NdPr oxide from a back-yard cascade booked as a Xunwu clay miner\'s "leach concentrate"',
  does: 'An unlicensed solvent-extraction workshop near Xunwu separates smuggled clay liquor into NdPr oxide. To launder it, the licensed Xunwu ion-adsorption miner books 60 t of it on 2025-07-04 as an extraction of light ionic concentrate from its mine, at 99 % REO, and ships it to the Longnan separator on 07-12 (received 07-13), which "separates" it on 07-20 into NdPr oxide at 96 %. A real Xunwu concentrate is 92 % REO with 42 % of it La2O3 and some yttrium, samarium, gadolinium and dysprosium; this one is praseodymium and neodymium alone, in the 25:75 ratio of a finished NdPr product. Everyone reports on time.',
  expect: 'A concentrate whose composition does not fit its label or its mine (no La, Ce, Y or heavy rare earths at all): the extraction and its lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const m = south.ionicMiner;
    const grams = tonnes(60);
    w.record(m, at('2025-08-05', '10:00'), [
      s.extract(m, 'ext-2507-01', at('2025-07-04'), south.ionicMine, { id: 'IC-2507-01', product: 'concentrate-ionic-light', massGrams: grams, composition: fromAssay(grams, 0.99, { Pr: 25, Nd: 75 }) }),
      s.ship(m, 'shp-2507-01', at('2025-07-12'), 'IC-2507-01', grams, south.southSeparator),
    ]);
    const lot = m.lot('IC-2507-01');
    const out = pick(scale(s.share(lot, grams), 0.96), ['Pr', 'Nd']);
    w.record(south.southSeparator, at('2025-08-06', '10:00'), [
      s.receive(south.southSeparator, 'rcv-2507-ic', at('2025-07-13'), lot, grams),
      s.process(south.southSeparator, 'sep-2507-ic', at('2025-07-20'), [{ lot, massGrams: grams }], [
        { id: 'LN-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(out), composition: out },
      ], { facility: south.southPlant, note: 'dissolution, solvent extraction, oxalate precipitation and calcining' }),
    ]);
    return { world: w, find: { events: [m.event('ext-2507-01')], lots: [lot] } };
  },
});
